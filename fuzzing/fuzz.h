/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include <aict/aict.h>

/* Every target defines this, as libFuzzer expects. */
int LLVMFuzzerTestOneInput (const unsigned char *data, size_t size);

/* Criticals and warnings abort: a fuzz input must never trigger one. */
static inline void
fuzz_set_logging (void)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
}
