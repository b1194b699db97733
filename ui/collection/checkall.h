#pragma once

#include <QCoreApplication>
#include <QString>

class InspectionEngine;

// Check All: every enabled tracker of every open torrent announces and scrapes now, as F5 and
// Scrape Now do for one torrent; an announce within the safety floor waits for it.
class CheckAll
{
    Q_DECLARE_TR_FUNCTIONS(CheckAll)

public:
    // Sends what can go and returns the sentence for the status bar: what was sent, and what
    // waits for the safety floor and until when.
    static QString run(InspectionEngine &engine);
};
