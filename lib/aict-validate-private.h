/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#include "aict-dataset.h"

G_BEGIN_DECLS

/* Appends every issue of @dataset to @report (aict-validate.c). */
void  _aict_validate  (AictDataset *dataset,
                       const GDate *today,
                       AictReport  *report);

G_END_DECLS
