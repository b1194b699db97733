#pragma once

#include <QList>
#include <QString>

// Something worth knowing about a tracker's replies ("lint"): a stable code, a severity and a
// sentence for people.
struct Finding
{
    enum class Severity { Info, Warning, Error };

    QString code; // "interval_out_of_range", "numwant_ignored"...
    Severity severity = Severity::Info;
    QString message;

    bool operator==(const Finding &other) const = default;
};

// "info", "warning", "error"
QString findingSeverityName(Finding::Severity severity);
// Adds finding to findings, replacing one with the same code.
void mergeFinding(QList<Finding> &findings, const Finding &finding);
