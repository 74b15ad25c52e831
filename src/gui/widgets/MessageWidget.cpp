#include "MessageWidget.h"

#include "PaletteRoles.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace {

PaletteRoles::Surface surfaceFor(MessageWidget::Type type)
{
    switch (type) {
    case MessageWidget::Positive: return PaletteRoles::Surface::Positive;
    case MessageWidget::Information: return PaletteRoles::Surface::Information;
    case MessageWidget::Warning: return PaletteRoles::Surface::Caution;
    case MessageWidget::Error: return PaletteRoles::Surface::Failure;
    }
    return PaletteRoles::Surface::Information;
}

QStyle::StandardPixmap iconFor(MessageWidget::Type type)
{
    switch (type) {
    case MessageWidget::Positive: return QStyle::SP_DialogApplyButton;
    case MessageWidget::Information: return QStyle::SP_MessageBoxInformation;
    case MessageWidget::Warning: return QStyle::SP_MessageBoxWarning;
    case MessageWidget::Error: return QStyle::SP_MessageBoxCritical;
    }
    return QStyle::SP_MessageBoxInformation;
}

} // namespace

MessageWidget::MessageWidget(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
    , m_autoHide(new QTimer(this))
{
    setObjectName(QStringLiteral("messageWidget"));
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_icon->setAlignment(Qt::AlignTop);
    m_close->setObjectName(QStringLiteral("messageClose"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    connect(m_close, &QToolButton::clicked, this, &MessageWidget::hideMessage);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 4, 6);
    layout->setSpacing(8);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    m_autoHide->setSingleShot(true);
    connect(m_autoHide, &QTimer::timeout, this, &MessageWidget::hideMessage);
    hide();
}

QString MessageWidget::text() const
{
    return m_text->text();
}

void MessageWidget::showMessage(const QString &text, MessageWidget::Type type)
{
    m_type = type;
    m_text->setText(text);
    if (m_close->icon().isNull()) // here, not at start: the first standard icon loads the icon theme
        m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    // The band's colour says what kind of message it is; its text reads on it in a light
    // and a dark palette alike.
    const PaletteRoles::Surface surface = surfaceFor(type);
    const QPalette p = palette();
    setStyleSheet(QStringLiteral("MessageWidget { background: %1; border: 1px solid %2; border-radius: 4px; }"
                                 "MessageWidget QLabel { color: %3; background: transparent; }")
                      .arg(PaletteRoles::background(surface, p).name(), PaletteRoles::border(surface, p).name(),
                           PaletteRoles::textOn(surface, p).name()));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(iconFor(type)).pixmap(size, size));
    setAccessibleDescription(text);
    show();
    if (m_target) {
        place();
        raise();
    }
    m_autoHide->stop();
    if (m_autoHideMs > 0 && (type == Positive || type == Information))
        m_autoHide->start(m_autoHideMs);
}

void MessageWidget::hideMessage()
{
    m_autoHide->stop();
    hide();
}

void MessageWidget::floatOver(QWidget *target)
{
    m_target = target;
    target->installEventFilter(this);
    if (isVisible())
        place();
}

bool MessageWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_target && isVisible()
        && (event->type() == QEvent::Resize || event->type() == QEvent::Move || event->type() == QEvent::Show))
        place();
    return QFrame::eventFilter(watched, event);
}

void MessageWidget::place()
{
    // Along the bottom of the target, inset a little, as tall as the text needs.
    const int margin = 8;
    const QRect area(m_target->mapTo(parentWidget(), QPoint(0, 0)), m_target->size());
    const int width = qMax(200, area.width() - 2 * margin);
    const int height = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width) : sizeHint().height();
    setGeometry(area.left() + margin, area.bottom() - margin - height + 1, width, height);
}
