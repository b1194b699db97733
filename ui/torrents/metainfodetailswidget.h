#pragma once

#include "metainfo/metainfo.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

// The Details tab: every field of the torrent's metadata as selectable plain text, hashes in a
// fixed-width font, unknown values as "–", and the magnet link with a copy button.
class MetainfoDetailsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetainfoDetailsWidget)

public:
    enum Field {
        NameField,
        VersionField,
        InfoHashV1Field,
        InfoHashV2Field,
        TrackerHashV2Field,
        TotalSizeField,
        FilesField,
        PiecesField,
        PrivateField,
        SourceField,
        CreatedByField,
        CreationDateField,
        CommentField,
        WebSeedsField,
        PeerAddressesField,
        MagnetLinkField,
        LoadedFromField,
        FieldCount
    };

    explicit MetainfoDetailsWidget(QWidget *parent = nullptr);

    void setMetainfo(const Metainfo &metainfo);
    QString fieldText(Field field) const;

Q_SIGNALS:
    void magnetLinkCopied();

private:
    void addField(Field field, const QString &label);
    void setField(Field field, const QString &text);
    static QString piecesText(const Metainfo &metainfo);
    static QString filesText(const Metainfo &metainfo);
    static QString orUnknown(const QString &text);

    QFormLayout *m_layout;
    QLineEdit *m_magnetEdit;
    QLabel *m_values[FieldCount] = {}; // all but MagnetLinkField
};
