#pragma once

#include <QFrame>

class QLabel;
class QTimer;
class QToolButton;

// An inline message bar (as KeePassXC's): a coloured band at the top of a window or
// dialog that says what happened and what to do, closable, instead of a modal box.
// Information and success messages hide themselves after a while; warnings and
// errors stay until closed or replaced.
//
// As an overlay (floatOver) the band floats over the bottom edge of another widget
// instead of taking room in a layout: a message that appears never moves what the
// person is about to click (issue 18: a band pushed the budget grid down 43 px and the
// next double-click edited the row above).
class MessageWidget : public QFrame
{
    Q_OBJECT
public:
    enum Type { Positive, Information, Warning, Error };
    Q_ENUM(Type)

    explicit MessageWidget(QWidget *parent = nullptr);

    QString text() const;
    Type type() const { return m_type; }
    // Milliseconds before Positive and Information messages hide; 0 = never.
    void setAutoHideTimeout(int ms) { m_autoHideMs = ms; }
    // Floats over the bottom of target (a sibling or an ancestor's child in the same
    // window) and follows its size; the band is then not part of any layout.
    void floatOver(QWidget *target);

public slots:
    void showMessage(const QString &text, MessageWidget::Type type);
    void hideMessage();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    QWidget *m_target = nullptr;
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
    QTimer *m_autoHide;
    Type m_type = Information;
    int m_autoHideMs = 8000;
};
