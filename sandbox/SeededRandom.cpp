// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SeededRandom.h"

namespace ff::sandbox {

namespace {

quint64 splitMix(quint64& state)
{
    quint64 z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

quint64 rotateLeft(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

SeededRandom::SeededRandom(quint64 seed)
{
    quint64 state = seed;
    for (quint64& word : m_state)
        word = splitMix(state);
}

SeededRandom SeededRandom::fork(QByteArrayView label) const
{
    // Mixes the whole state with the label, so forks of different parents differ too.
    return SeededRandom(m_state[0] ^ rotateLeft(m_state[1], 17) ^ stableHash(label));
}

quint64 SeededRandom::next()
{
    const quint64 result = rotateLeft(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotateLeft(m_state[3], 45);
    return result;
}

quint64 SeededRandom::below(quint64 bound)
{
    // Rejection sampling: a plain modulo would favour small values.
    const quint64 limit = ~quint64(0) - (~quint64(0) % bound);
    quint64 value = next();
    while (value >= limit)
        value = next();
    return value % bound;
}

qint64 SeededRandom::between(qint64 low, qint64 high)
{
    return low + qint64(below(quint64(high - low) + 1));
}

bool SeededRandom::percent(int chance)
{
    return qint64(below(100)) < chance;
}

double SeededRandom::unit()
{
    return double(next() >> 11) * 0x1.0p-53;
}

QUuid SeededRandom::uuid()
{
    const quint64 high = next();
    const quint64 low = next();
    QUuid uuid(uint(high >> 32), ushort(high >> 16), ushort(high), uchar(low >> 56), uchar(low >> 48),
        uchar(low >> 40), uchar(low >> 32), uchar(low >> 24), uchar(low >> 16), uchar(low >> 8), uchar(low));
    uuid.data3 = ushort((uuid.data3 & 0x0fff) | 0x4000); // version 4
    uuid.data4[0] = uchar((uuid.data4[0] & 0x3f) | 0x80); // RFC 4122 variant
    return uuid;
}

qint64 SeededRandom::ticksBefore(qint64 nowTicks, qint64 least, qint64 most)
{
    constexpr qint64 TicksPerSecond = 10'000'000;
    const qint64 before = between(least, most);
    return nowTicks - before + between(0, TicksPerSecond - 1);
}

quint64 SeededRandom::stableHash(QByteArrayView bytes)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (const char c : bytes) {
        hash ^= quint64(uchar(c));
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

} // namespace ff::sandbox
