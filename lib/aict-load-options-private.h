/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "aict-load-options.h"
#include "aict-limits-private.h"

G_BEGIN_DECLS

const AictLimits *_aict_load_options_get_limits (const AictLoadOptions *self);

G_END_DECLS
