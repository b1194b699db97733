#include "torrents/metainfodetailswidget.h"

#include "torrents/metainfotext.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

MetainfoDetailsWidget::MetainfoDetailsWidget(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
    , m_magnetEdit(new QLineEdit(this))
{
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    addField(NameField, tr("Name"));
    addField(VersionField, tr("Kind"));
    addField(InfoHashV1Field, tr("Info hash v1"));
    addField(InfoHashV2Field, tr("Info hash v2"));
    addField(TrackerHashV2Field, tr("v2 hash sent to trackers"));
    addField(TotalSizeField, tr("Total size"));
    addField(FilesField, tr("Files"));
    addField(PiecesField, tr("Pieces"));
    addField(PrivateField, tr("Private"));
    addField(SourceField, tr("Source"));
    addField(CreatedByField, tr("Created by"));
    addField(CreationDateField, tr("Created on"));
    addField(CommentField, tr("Comment"));
    addField(WebSeedsField, tr("Web seeds"));
    addField(PeerAddressesField, tr("Peer addresses"));

    auto *magnetRow = new QWidget(this);
    auto *magnetLayout = new QHBoxLayout(magnetRow);
    magnetLayout->setContentsMargins(0, 0, 0, 0);
    m_magnetEdit->setParent(magnetRow);
    m_magnetEdit->setReadOnly(true);
    m_magnetEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_magnetEdit->setObjectName(QStringLiteral("magnetLinkEdit"));
    auto *copyButton = new QPushButton(tr("Copy"), magnetRow);
    copyButton->setObjectName(QStringLiteral("copyMagnetButton"));
    magnetLayout->addWidget(m_magnetEdit, 1);
    magnetLayout->addWidget(copyButton);
    m_layout->addRow(tr("Magnet link:"), magnetRow);
    connect(copyButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_magnetEdit->text());
        Q_EMIT magnetLinkCopied();
    });
    addField(LoadedFromField, tr("Opened from"));
}

void MetainfoDetailsWidget::addField(Field field, const QString &label)
{
    auto *valueLabel = new QLabel(MetainfoText::unknown(), this);
    valueLabel->setTextFormat(Qt::PlainText);
    valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    valueLabel->setWordWrap(true);
    valueLabel->setObjectName(QStringLiteral("detailsField%1").arg(int(field)));
    valueLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    valueLabel->setMinimumWidth(1);
    const bool fixedWidth =
        field == InfoHashV1Field || field == InfoHashV2Field || field == TrackerHashV2Field;
    if (fixedWidth)
        valueLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_values[field] = valueLabel;
    m_layout->addRow(label + u':', valueLabel);
}

void MetainfoDetailsWidget::setField(Field field, const QString &text)
{
    m_values[field]->setText(orUnknown(text));
}

QString MetainfoDetailsWidget::fieldText(Field field) const
{
    if (field == MagnetLinkField)
        return m_magnetEdit->text();
    return m_values[field]->text();
}

QString MetainfoDetailsWidget::orUnknown(const QString &text)
{
    return text.isEmpty() ? MetainfoText::unknown() : text;
}

void MetainfoDetailsWidget::setMetainfo(const Metainfo &metainfo)
{
    setField(NameField, metainfo.name);
    setField(VersionField, metainfo.isTrackerList ? MetainfoText::trackerListKind()
                                                  : MetainfoText::versionName(metainfo.version));
    setField(InfoHashV1Field, MetainfoText::hashHex(metainfo.infoHashV1));
    setField(InfoHashV2Field, MetainfoText::hashHex(metainfo.infoHashV2));
    setField(TrackerHashV2Field, MetainfoText::hashHex(metainfo.trackerHashV2()));
    setField(TotalSizeField, MetainfoText::exactSize(metainfo.totalSize));
    setField(FilesField, filesText(metainfo));
    setField(PiecesField, piecesText(metainfo));
    const bool known = metainfo.version != MetainfoVersion::MagnetOnly;
    setField(PrivateField,
             !known ? QString()
             : metainfo.isPrivate
                 ? tr("yes: peers come from this torrent's trackers only (no DHT, PEX or LSD)")
                 : tr("no"));
    setField(SourceField, metainfo.source);
    setField(CreatedByField, metainfo.createdBy);
    setField(CreationDateField,
             metainfo.creationDate.isValid()
                 ? QLocale().toString(metainfo.creationDate.toLocalTime(), QLocale::LongFormat)
                 : QString());
    setField(CommentField, metainfo.comment);
    setField(WebSeedsField, metainfo.urlList.join(u'\n'));
    setField(PeerAddressesField, metainfo.peerAddresses.join(u'\n'));
    m_magnetEdit->setText(MetainfoText::magnetLink(metainfo));
    m_magnetEdit->setCursorPosition(0);
    setField(LoadedFromField, metainfo.sourceName);
}

QString MetainfoDetailsWidget::filesText(const Metainfo &metainfo)
{
    if (metainfo.fileCount < 0)
        return {};
    QString text = MetainfoText::plural(metainfo.fileCount, tr("1 file"), tr("%1 files"));
    if (metainfo.padFileCount > 0)
        text += tr(" (and %1)")
                    .arg(MetainfoText::plural(metainfo.padFileCount, tr("1 pad file"),
                                              tr("%1 pad files")));
    return text;
}

QString MetainfoDetailsWidget::piecesText(const Metainfo &metainfo)
{
    if (metainfo.pieceCount < 0 || metainfo.pieceLength < 0)
        return {};
    return tr("%1 × %2").arg(MetainfoText::count(metainfo.pieceCount),
                             MetainfoText::size(metainfo.pieceLength));
}
