#include "sequencetracker.h"

#include <bitset>

namespace {

// QJsonDocument refuses objects and arrays nested deeper than this; extract() follows it so that
// both accept the same documents.
constexpr int MaxDepth = 1024;

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

// A strict RFC 8259 reader over UTF-16 that validates as it goes and builds nothing. Every read is
// guarded by m_p < m_end; a false return means the text is not valid JSON.
class Scanner
{
public:
    explicit Scanner(QStringView text) : m_p(text.utf16()), m_end(text.utf16() + text.size()) {}

    bool atEnd() const { return m_p == m_end; }
    bool peek(char16_t c) const { return m_p < m_end && *m_p == c; }

    bool consume(char16_t c)
    {
        if (!peek(c))
            return false;
        ++m_p;
        return true;
    }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == u' ' || *m_p == u'\t' || *m_p == u'\n' || *m_p == u'\r'))
            ++m_p;
    }

    // At a quote: skips the string; *equalsField tells whether its unescaped text equals field.
    bool string(QStringView field, bool *equalsField)
    {
        ++m_p; // the opening quote
        qsizetype matched = 0;
        bool same = true;
        while (m_p < m_end) {
            char16_t c = *m_p++;
            if (c == u'"') {
                *equalsField = same && matched == field.size();
                return true;
            }
            if (c < 0x20)
                return false;
            if (c == u'\\') {
                if (m_p == m_end)
                    return false;
                switch (*m_p++) {
                case u'"':
                    c = u'"';
                    break;
                case u'\\':
                    c = u'\\';
                    break;
                case u'/':
                    c = u'/';
                    break;
                case u'b':
                    c = u'\b';
                    break;
                case u'f':
                    c = u'\f';
                    break;
                case u'n':
                    c = u'\n';
                    break;
                case u'r':
                    c = u'\r';
                    break;
                case u't':
                    c = u'\t';
                    break;
                case u'u': {
                    if (m_end - m_p < 4)
                        return false;
                    int code = 0;
                    for (int i = 0; i < 4; ++i) {
                        const int digit = hexValue(*m_p++);
                        if (digit < 0)
                            return false;
                        code = code * 16 + digit;
                    }
                    // One escape is one UTF-16 unit, so a surrogate pair compares unit by unit.
                    c = char16_t(code);
                    break;
                }
                default:
                    return false;
                }
            }
            if (same) {
                same = matched < field.size() && field.at(matched).unicode() == c;
                ++matched;
            }
        }
        return false;
    }

    // At '-' or a digit: skips a number; *integer is its value when it is a plain integer literal
    // in [0, MaxSequence].
    bool number(std::optional<qint64> *integer)
    {
        bool plain = !consume(u'-');
        if (m_p == m_end || !isDigit(*m_p))
            return false;
        qint64 value = 0;
        if (*m_p == u'0') {
            ++m_p;
        } else {
            while (m_p < m_end && isDigit(*m_p)) {
                // value stays <= MaxSequence before each step, so value * 10 + 9 cannot overflow.
                if (plain) {
                    value = value * 10 + (*m_p - u'0');
                    plain = value <= SequenceTracker::MaxSequence;
                }
                ++m_p;
            }
        }
        if (consume(u'.')) {
            plain = false;
            if (!digits())
                return false;
        }
        if (peek(u'e') || peek(u'E')) {
            ++m_p;
            plain = false;
            if (!consume(u'+'))
                consume(u'-');
            if (!digits())
                return false;
        }
        *integer = plain ? std::optional<qint64>(value) : std::nullopt;
        return true;
    }

    // The value of the member extract() looks for: *integer as number() gives it, nullopt for any
    // other kind of value.
    bool memberValue(std::optional<qint64> *integer)
    {
        if (peek(u'-') || (m_p < m_end && isDigit(*m_p)))
            return number(integer);
        *integer = std::nullopt;
        return skipValue();
    }

    // Skips one value of a member of the top-level object: nested containers may go MaxDepth - 1
    // levels deeper. Iterative, with one bit per open container, so hostile nesting cannot
    // exhaust the stack.
    bool skipValue()
    {
        // Most values are scalars: they need no stack.
        if (m_p == m_end)
            return false;
        if (*m_p != u'{' && *m_p != u'[')
            return scalar();
        std::bitset<MaxDepth> isArray;
        int depth = 0;
        while (true) {
            skipSpace();
            if (m_p == m_end)
                return false;
            const char16_t c = *m_p;
            bool closed = true; // a complete value was read; false when a container was opened
            if (c == u'{' || c == u'[') {
                if (++depth >= MaxDepth)
                    return false;
                ++m_p;
                isArray[depth] = c == u'[';
                skipSpace();
                if (consume(c == u'[' ? u']' : u'}'))
                    --depth;
                else if (c == u'{' && !memberName())
                    return false;
                else
                    closed = false;
            } else if (!scalar()) {
                return false;
            }
            if (!closed)
                continue;
            // After a value: close finished containers until the next value is due.
            while (depth > 0) {
                skipSpace();
                if (consume(u',')) {
                    if (!isArray[depth]) {
                        skipSpace();
                        if (!memberName())
                            return false;
                    }
                    break;
                }
                if (!consume(isArray[depth] ? u']' : u'}'))
                    return false;
                --depth;
            }
            if (depth == 0)
                return true;
        }
    }

private:
    bool digits()
    {
        if (m_p == m_end || !isDigit(*m_p))
            return false;
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
        return true;
    }

    bool literal(QStringView word)
    {
        if (m_end - m_p < word.size() || QStringView(m_p, word.size()) != word)
            return false;
        m_p += word.size();
        return true;
    }

    // A nested member's name and its colon.
    bool memberName()
    {
        bool unused = false;
        if (!peek(u'"') || !string({}, &unused))
            return false;
        skipSpace();
        return consume(u':');
    }

    bool scalar()
    {
        switch (*m_p) {
        case u'"': {
            bool unused = false;
            return string({}, &unused);
        }
        case u't':
            return literal(u"true");
        case u'f':
            return literal(u"false");
        case u'n':
            return literal(u"null");
        default: {
            std::optional<qint64> unused;
            return (*m_p == u'-' || isDigit(*m_p)) && number(&unused);
        }
        }
    }

    const char16_t *m_p;
    const char16_t *m_end;
};

} // namespace

std::optional<qint64> SequenceTracker::extract(QStringView message, QStringView field)
{
    Scanner scanner(message);
    scanner.skipSpace();
    if (!scanner.consume(u'{'))
        return std::nullopt;
    scanner.skipSpace();
    std::optional<qint64> result;
    if (!scanner.consume(u'}')) {
        while (true) {
            bool isField = false;
            if (!scanner.peek(u'"') || !scanner.string(field, &isField))
                return std::nullopt;
            scanner.skipSpace();
            if (!scanner.consume(u':'))
                return std::nullopt;
            scanner.skipSpace();
            if (isField) {
                // A later duplicate replaces an earlier value, whatever its type.
                if (!scanner.memberValue(&result))
                    return std::nullopt;
            } else if (!scanner.skipValue()) {
                return std::nullopt;
            }
            scanner.skipSpace();
            if (scanner.consume(u'}'))
                break;
            if (!scanner.consume(u','))
                return std::nullopt;
            scanner.skipSpace();
        }
    }
    // Anything after the object, even a second object, makes the message invalid.
    scanner.skipSpace();
    if (!scanner.atEnd())
        return std::nullopt;
    return result;
}

SequenceTracker::Observation SequenceTracker::observe(qint64 seq)
{
    Q_ASSERT(seq >= 0 && seq <= MaxSequence);
    const qint64 expected = m_expected;
    Observation observation{Verdict::InOrder, expected, seq, 0};
    if (expected < 0) {
        observation.verdict = Verdict::First;
    } else if (seq > expected) {
        observation.verdict = Verdict::Gap;
        observation.missing = seq - expected;
        m_gaps += quint64(observation.missing);
        ++m_gapEvents;
    } else if (seq < expected) {
        if (seq > 1) {
            // A repeat or a late arrival: the counter itself has not moved back.
            observation.verdict = Verdict::Duplicate;
            ++m_duplicates;
            return observation;
        }
        observation.verdict = Verdict::Reset;
        ++m_resets;
    }
    m_expected = seq + 1;
    return observation;
}

void SequenceTracker::clear()
{
    *this = SequenceTracker();
}
