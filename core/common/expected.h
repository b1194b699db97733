#pragma once

#include "common/error.h"

#include <concepts>
#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

// The one error style of core: what can fail returns Expected<T>, the T asked for or the Error
// saying why there is none, and Expected<void> is nothing or an Error. The part of C++23's
// std::expected<T, Error> we use, kept to C++20: success converts from a T, failure from an
// Error, a default-made Expected holds a default T (as std::expected does), and andThen chains
// steps that each may fail (std::expected::and_then).
//
// Covered: every parser, reader, writer, exporter and validator of core that can refuse. Their
// failures travel as an Error, never as an empty string meaning success, a QString* or bool&
// out-parameter or an "ok" flag; a parser that knows where it stopped puts the byte offset in it.
// Not covered, because they are data for people rather than an error channel: what an exchange
// with a tracker gave (AnnounceResult / ScrapeResult: an ExchangeOutcome, its sentence and the
// tracker's failure reason, all shown in the inspector; HttpAnnounceReplyParser fills an
// AnnounceResult directly), the tracker's own text in a BEP 15 error packet
// (UdpTrackerReply::errorMessage), why a tracker URL cannot be contacted (TrackerUrl::problem:
// the URL is still listed and shown), and warnings and notes about input that was read all the
// same (Metainfo::warnings, BencodeDocument::warnings).
template<typename T>
class [[nodiscard]] Expected
{
public:
    Expected() requires std::default_initializable<T> : m_content(std::in_place_index<0>) {}
    Expected(const T &value)
        : m_content(std::in_place_index<0>, value)
    {}
    Expected(T &&value)
        : m_content(std::in_place_index<0>, std::move(value))
    {}
    Expected(Error error)
        : m_content(std::in_place_index<1>, std::move(error))
    {}

    bool hasValue() const { return m_content.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    // With a value only (else std::bad_variant_access).
    const T &value() const & { return std::get<0>(m_content); }
    T &value() & { return std::get<0>(m_content); }
    T &&value() && { return std::get<0>(std::move(m_content)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    T valueOr(T fallback) const & { return hasValue() ? value() : std::move(fallback); }
    // f(value) when there is one (an Expected of any type), else this error: steps that each
    // may fail, chained without an if after each.
    template<typename F>
    auto andThen(F &&f) const & -> std::invoke_result_t<F, const T &>
    {
        if (hasValue())
            return std::forward<F>(f)(value());
        return error();
    }

    // Without a value only (else std::bad_variant_access).
    const Error &error() const { return std::get<1>(m_content); }

private:
    std::variant<T, Error> m_content;
};

template<>
class [[nodiscard]] Expected<void>
{
public:
    Expected() = default;
    Expected(Error error)
        : m_error(std::move(error))
    {}

    bool hasValue() const { return !m_error.has_value(); }
    explicit operator bool() const { return hasValue(); }
    // f() on success (an Expected of any type), else this error.
    template<typename F>
    auto andThen(F &&f) const & -> std::invoke_result_t<F>
    {
        if (hasValue())
            return std::forward<F>(f)();
        return error();
    }

    // Without a value only (else std::bad_optional_access).
    const Error &error() const { return m_error.value(); }

private:
    std::optional<Error> m_error;
};
