#pragma once

/** A low-end phone's core is about this many times slower than the 2-core machine the figures
 *  are measured on: every time below is also printed as what it means there (issue 19). */
constexpr double kPhoneSlowdown = 4.0;

inline double onPhone(double figure)
{
    return figure * kPhoneSlowdown;
}
