// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The SIMD loops of fielddecode and csvwriter read a short tail with one 16-byte load when it stays
// on one page (readable as a whole), past the end of the value. AddressSanitizer reports such
// reads, so under it they take the byte loop instead: GODWIT_NO_OVERREAD is defined then.
#if defined(__SANITIZE_ADDRESS__)
#define GODWIT_NO_OVERREAD 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GODWIT_NO_OVERREAD 1
#endif
#endif
