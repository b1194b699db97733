#pragma once

#include "tracker/announceoverrides.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Announce With…: one announce with the fields a person sets — event, uploaded, downloaded,
// left, numwant, port, peer id (a prefix or all 20 bytes, as text or hex), key, compact on or
// off, ip, and extra query parameters as name=value lines. A field left empty keeps what would be
// sent anyway. Every field is checked as it is typed (AnnounceOverrideText, as `check` checks its
// options): the problems are listed and OK waits until there are none. What the trackers'
// protocols cannot carry is said before anything is sent.
class AnnounceWithDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnounceWithDialog)

public:
    // What the chosen trackers cannot be sent of these values, one line each.
    using UnsentLister = std::function<QStringList(const AnnounceOverrides &)>;

    explicit AnnounceWithDialog(QWidget *parent = nullptr);

    // "To udp://tracker.example:6969" or "To the 5 trackers of NAME".
    void setTarget(const QString &description);
    void setUnsentLister(UnsentLister lister);

    AnnounceOverrides overrides() const { return m_overrides; }
    bool isAcceptable() const { return m_problems.isEmpty(); }
    QStringList problems() const { return m_problems; }
    QString unsentText() const;

Q_SIGNALS:
    // OK was pressed with valid values.
    void announceAccepted(const AnnounceOverrides &overrides);

private:
    QLineEdit *addLineEdit(QFormLayout *form, const QString &label, const QString &name,
                           const QString &placeholder);
    void createFields(QFormLayout *form);
    void updateState();
    void readNumbers();
    void readIdentity();
    void acceptAnnounce();

    UnsentLister m_unsentLister;
    AnnounceOverrides m_overrides;
    QStringList m_problems;
    QLabel *m_target;
    QComboBox *m_event = nullptr;
    QLineEdit *m_uploaded = nullptr;
    QLineEdit *m_downloaded = nullptr;
    QLineEdit *m_left = nullptr;
    QLineEdit *m_numwant = nullptr;
    QLineEdit *m_port = nullptr;
    QLineEdit *m_peerId = nullptr;
    QLineEdit *m_key = nullptr;
    QComboBox *m_compact = nullptr;
    QLineEdit *m_ip = nullptr;
    QLineEdit *m_userAgent = nullptr;
    QPlainTextEdit *m_parameters = nullptr;
    QLabel *m_problemLabel;
    QLabel *m_unsentLabel;
    QDialogButtonBox *m_buttons;
};
