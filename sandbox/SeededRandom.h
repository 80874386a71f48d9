// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QUuid>

namespace ff::sandbox {

// A small deterministic generator (xoshiro256** seeded through splitmix64). The sandbox's data
// must be byte-identical for a given --seed on every machine and Qt version, which rules out
// QRandomGenerator's unspecified algorithm choices and anything seeded from qHash (randomised
// per process). fork() derives an independent stream from a label, so that adding a customer
// or a title does not shift every value generated after it.
class SeededRandom final
{
public:
    explicit SeededRandom(quint64 seed);

    // The same seed and label always give the same stream.
    SeededRandom fork(QByteArrayView label) const;

    quint64 next();
    // Uniform in [0, bound); bound > 0.
    quint64 below(quint64 bound);
    // Uniform in [low, high], both inclusive.
    qint64 between(qint64 low, qint64 high);
    // True with the given probability, in per cent.
    bool percent(int chance);
    // Uniform in [0, 1).
    double unit();
    // A version-4 GUID made of generated bits.
    QUuid uuid();
    // An instant between least and most ticks before nowTicks, to the tick (Json.NET writes all
    // seven fractional digits): the whole seconds drawn first, then the fraction.
    qint64 ticksBefore(qint64 nowTicks, qint64 least, qint64 most);

    template <class T> const T& pick(const QList<T>& list)
    {
        return list.at(qsizetype(below(quint64(list.size()))));
    }

    // FNV-1a: a stable hash of text, the same in every process (unlike qHash).
    static quint64 stableHash(QByteArrayView bytes);

private:
    quint64 m_state[4] = {};
};

} // namespace ff::sandbox
