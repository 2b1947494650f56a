#include "finding_card.h"

#include "model/format.h"
#include "views/investigation.h"
#include "views/pool_tag_model.h"
#include "views/wrapped_label.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace poolscope::views {

namespace {

QString stepTitle(ExplainLink::Step step)
{
    switch (step) {
    case ExplainLink::Step::Tag:
        return FindingCard::tr("Tag");
    case ExplainLink::Step::Objects:
        return FindingCard::tr("Objects");
    case ExplainLink::Step::Queue:
        return FindingCard::tr("Queue");
    case ExplainLink::Step::File:
        return FindingCard::tr("File");
    case ExplainLink::Step::Holder:
        return FindingCard::tr("Holder");
    case ExplainLink::Step::Module:
        return FindingCard::tr("Driver");
    case ExplainLink::Step::Partner:
        return FindingCard::tr("Grows with");
    case ExplainLink::Step::Gap:
        return FindingCard::tr("Not linked");
    }
    return {};
}

QString viewTitle(RecordKind kind)
{
    const QString view = Investigation::viewOf(kind);
    if (view == QLatin1String("tags"))
        return FindingCard::tr("Pool tags");
    if (view == QLatin1String("ports"))
        return FindingCard::tr("Completion ports");
    if (view == QLatin1String("irps"))
        return FindingCard::tr("IRPs");
    if (view == QLatin1String("allocations"))
        return FindingCard::tr("Allocations");
    return FindingCard::tr("Handles");
}

QLabel* wrapped(const QString& text, QWidget* parent, Qt::TextFormat format = Qt::PlainText)
{
    auto* label = new WrappedLabel(parent);
    label->setTextFormat(format);
    label->setText(text);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Secondary text in the palette's own muted colour, so it reads on light and dark desktops.
QLabel* muted(const QString& text, QWidget* parent)
{
    QLabel* label = wrapped(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// The process that holds the leak, as the heading names it: its image and pid.
QString holderName(const LeakChain& chain, const Snapshot& snapshot)
{
    if (!chain.reachesHolder)
        return {};
    for (auto it = chain.links.rbegin(); it != chain.links.rend(); ++it) {
        if (it->step != ExplainLink::Step::Holder || !it->record || it->record->kind != RecordKind::Process)
            continue;
        for (const Process& p : snapshot.processes)
            if (p.address == it->record->address) {
                const QString image = p.imageName.empty() ? QString::fromStdString(format::address(p.address, snapshot.pointerSize))
                                                          : QString::fromStdString(p.imageName);
                return p.pid ? FindingCard::tr("%1 (pid 0x%2)").arg(image).arg(*p.pid, 0, 16) : image;
            }
    }
    return {};
}

} // namespace

FindingCard::FindingCard(const LeakChain& chain, const Snapshot& snapshot, QWidget* parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("findingCard"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(6);

    const QString tag = QString::fromStdString(chain.tag.display()).toHtmlEscaped();
    const QString pool = poolTypeText(chain.pool).toHtmlEscaped();
    QString heading = chain.bytes > 0 ? tr("<b>%1</b> (%2), %3").arg(tag, pool, QString::fromStdString(format::bytes(chain.bytes)))
                                      : tr("<b>%1</b> (%2)").arg(tag, pool);
    if (const QString holder = holderName(chain, snapshot); !holder.isEmpty()) {
        heading += tr(": held by <b>%1</b>").arg(holder.toHtmlEscaped());
    } else {
        // No process in the source: the port they pile up on is the concrete thing to name.
        for (const ExplainLink& link : chain.links)
            if (link.step == ExplainLink::Step::Queue && link.record && link.record->kind == RecordKind::Port) {
                heading += tr(": queued on port <b>%1</b>")
                               .arg(QString::fromStdString(format::address(link.record->address, snapshot.pointerSize)));
                break;
            }
    }
    m_heading = wrapped(heading, this, Qt::RichText);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_heading->setFont(big);
    layout->addWidget(m_heading);

    const QString conclusion = chain.conclusion.empty()
        ? tr("The chain stops here: nothing in this source links it further.")
        : QStringLiteral("→ %1").arg(QString::fromStdString(chain.conclusion));
    m_summaryHtml = chain.conclusion.empty()
        ? tr("%1: %2").arg(heading, tr("nothing in this source links it further").toHtmlEscaped())
        : tr("%1 — %2").arg(heading, QString::fromStdString(chain.conclusion).toHtmlEscaped());
    m_conclusion = wrapped(conclusion, this);
    QFont bold = m_conclusion->font();
    bold.setBold(!chain.conclusion.empty());
    bold.setItalic(chain.conclusion.empty());
    m_conclusion->setFont(bold);
    layout->addWidget(m_conclusion);

    QStringList why;
    for (const std::string& w : chain.why)
        why << QString::fromStdString(w);
    if (!why.isEmpty())
        layout->addWidget(muted(tr("Why it is here: %1").arg(why.join(QStringLiteral("; "))), this));

    // One row per link: the step, what it found (its coverage and command beneath), the way
    // to its record. Boxes, not a grid: a grid sizes wrapped text for the wrong width and
    // pads the rows with blank lines.
    int stepWidth = 0;
    for (const ExplainLink& link : chain.links)
        stepWidth = std::max(stepWidth, fontMetrics().horizontalAdvance(stepTitle(link.step)));
    for (const ExplainLink& link : chain.links) {
        auto* row = new QHBoxLayout;
        row->setSpacing(12);
        auto* step = new QLabel(stepTitle(link.step), this);
        QFont stepFont = step->font();
        stepFont.setBold(true);
        step->setFont(stepFont);
        step->setFixedWidth(stepWidth + fontMetrics().averageCharWidth() * 2);
        step->setForegroundRole(link.step == ExplainLink::Step::Gap ? QPalette::PlaceholderText : QPalette::WindowText);
        row->addWidget(step, 0, Qt::AlignTop);

        auto* body = new QVBoxLayout;
        body->setSpacing(2);
        QLabel* text = wrapped(QString::fromStdString(link.text), this);
        if (link.step == ExplainLink::Step::Gap) {
            QFont italic = text->font();
            italic.setItalic(true);
            text->setFont(italic);
        }
        m_links.push_back(text);
        body->addWidget(text);
        if (!link.coverage.empty())
            body->addWidget(muted(tr("Coverage: %1").arg(QString::fromStdString(link.coverage)), this));
        // One line per command ("!thread X; !object X" is two), each with its Copy button
        // right after it; a command wider than the card wraps rather than being cut.
        for (const QString& part : QString::fromStdString(link.command).split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
            auto* commandRow = new QHBoxLayout;
            QLabel* command = wrapped(part, this);
            command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            command->setToolTip(tr("The WinDbg command that confirms this step"));
            command->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            command->setMaximumWidth(QFontMetrics(command->font()).horizontalAdvance(part) + 8);
            m_commands << part;
            auto* copy = new QToolButton(this);
            copy->setText(tr("Copy"));
            copy->setToolTip(tr("Copy '%1' to the clipboard").arg(part));
            copy->setAutoRaise(true);
            connect(copy, &QToolButton::clicked, this, [part] { QApplication::clipboard()->setText(part); });
            commandRow->addWidget(command, 1);
            commandRow->addWidget(copy);
            commandRow->addStretch();
            body->addLayout(commandRow);
        }
        row->addLayout(body, 1);

        if (link.record) {
            auto* open = new QPushButton(tr("Open in %1").arg(viewTitle(link.record->kind)), this);
            open->setToolTip(tr("Show this record selected in its view, and in the inspector"));
            const RecordRef record = *link.record;
            connect(open, &QPushButton::clicked, this, [this, record] { emit openRequested(record); });
            row->addWidget(open, 0, Qt::AlignTop);
            m_open.push_back(open);
        }
        layout->addLayout(row);
    }
}

QString FindingCard::headingText() const
{
    return QTextDocumentFragment::fromHtml(m_heading->text()).toPlainText();
}

QString FindingCard::conclusionText() const
{
    return m_conclusion->text();
}

QStringList FindingCard::commandTexts() const
{
    return m_commands;
}

QStringList FindingCard::linkTexts() const
{
    QStringList out;
    for (const QLabel* label : m_links)
        out << label->text();
    return out;
}

QList<QLabel*> FindingCard::textLabels() const
{
    QList<QLabel*> out;
    for (QLabel* label : findChildren<QLabel*>())
        if (label->wordWrap())
            out << label;
    return out;
}

} // namespace poolscope::views
