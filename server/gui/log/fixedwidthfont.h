// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>

// A font in which every printable ASCII character advances the same, so columns of a hex dump
// and of aligned fields line up on any machine. Qt's fixedPitch() flag cannot tell: with
// fonts-noto-mono installed the system's fixed font is Noto Sans Mono, whose advances are equal
// but whose flag is false; and a font set can resolve "monospace" to a proportional family.
namespace FixedWidthFont {

// preferred itself when its advances are equal, else the first known monospaced family that is
// (at preferred's size), else preferred (nothing better is installed).
QFont choose(const QFont &preferred);
// choose() of the system's fixed font.
QFont system();
// Whether every printable ASCII character of font has the same advance.
bool hasEqualAdvances(const QFont &font);

} // namespace FixedWidthFont
