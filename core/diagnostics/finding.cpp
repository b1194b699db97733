#include "diagnostics/finding.h"

QString findingSeverityName(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Info:
        return QStringLiteral("info");
    case Finding::Severity::Warning:
        return QStringLiteral("warning");
    case Finding::Severity::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

void mergeFinding(QList<Finding> &findings, const Finding &finding)
{
    for (Finding &existing : findings) {
        if (existing.code == finding.code) {
            existing = finding;
            return;
        }
    }
    findings.append(finding);
}
