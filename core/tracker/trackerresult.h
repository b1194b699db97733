#pragma once

#include "tracker/announceresult.h"
#include "tracker/scraperesult.h"

#include <variant>

// What one endpoint of one request ended with: an announce's result or a scrape's.
using TrackerResult = std::variant<AnnounceResult, ScrapeResult>;
