// SPDX-License-Identifier: MIT
#pragma once

class QWidget;

// Names each field a label introduces after that label, without its mnemonic and its colon: a
// screen reader says "Port", not "Port colon" (Qt names a field after its label's text as it is,
// in any language: "端口(&O)：" too). A field with a name of its own keeps it. Called once a
// window's labels are set.
namespace BuddyNames {
void apply(QWidget *window);
}
