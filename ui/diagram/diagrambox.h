#pragma once

#include <QFont>
#include <QGraphicsItem>
#include <QString>

namespace Gui {

/// One box of the support-model diagram: a catalogue term (its title), optionally a body of
/// wrapped lines under it (people, SLA targets, hours), a tooltip saying what the model says about
/// it. Focusable, so the diagram can be stepped through with the keyboard.
class DiagramBox : public QGraphicsItem
{
public:
    enum class Kind {
        Client,           ///< the client's organisation
        ClientParty,      ///< business, IT, third-party vendors
        Level,            ///< L1, L2, L3
        Activity,         ///< an activity of a level
        OptionalServices, ///< the optional services box
        OptionalService,  ///< one optional service
        Management,       ///< delivery and service management
        ManagementActivity,
        ArrowLabel, ///< the label of an arrow (escalation, change management, governance)
        Badge,      ///< "24×7", "SLA": language-neutral marks
    };
    enum class State { InForce, NotIncluded, Neutral };
    enum { Type = UserType + 10 };

    /// `term` is the untranslated catalogue source of `title` (nullptr for badges).
    DiagramBox(Kind kind, const QString &title, const char *term, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    Kind kind() const { return m_kind; }
    State state() const { return m_state; }
    void setState(State state);
    QString title() const { return m_title; }
    const char *term() const { return m_term; }
    QString body() const { return m_body; }
    void setBody(const QString &body) { m_body = body; }
    /// What a screen reader announces: the title, then the state.
    QString accessibleName() const { return m_title; }
    QString accessibleDescription() const;
    void setStateText(const QString &text) { m_stateText = text; }

    /// Geometry in parent coordinates, set by the layout.
    void setRect(const QRectF &rect);
    QRectF rect() const { return m_rect; }
    /// Where the title and the body are drawn, in item coordinates (set by the layout).
    void setTextRects(const QRectF &title, const QRectF &body);
    QRectF titleRect() const { return m_titleRect; }
    QRectF bodyRect() const { return m_bodyRect; }
    void setFonts(const QFont &title, const QFont &body);
    QFont titleFont() const { return m_titleFont; }
    QFont bodyFont() const { return m_bodyFont; }

    /// The flags every text of the diagram is drawn and measured with.
    static constexpr int TextFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    /// Height `text` needs at `width` in `font` (wrapped at word boundaries).
    static qreal textHeight(const QFont &font, const QString &text, qreal width);
    /// The widest word of `text` in `font`: a box narrower than that would cut it.
    static qreal widestWord(const QFont &font, const QString &text);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Kind m_kind;
    State m_state = State::Neutral;
    QString m_title;
    const char *m_term;
    QString m_body;
    QString m_stateText;
    QRectF m_rect;
    QRectF m_titleRect;
    QRectF m_bodyRect;
    QFont m_titleFont;
    QFont m_bodyFont;
};

} // namespace Gui
