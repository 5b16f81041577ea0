/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(AICT_INSIDE) && !defined(AICT_COMPILATION)
# error "Only <aict/aict.h> can be included directly."
#endif

#include <aict/aict-entity.h>
#include <aict/aict-partial-date.h>

G_BEGIN_DECLS

#define AICT_TYPE_SOURCE (aict_source_get_type ())
AICT_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AictSource, aict_source, AICT, SOURCE, AictEntity)

AICT_AVAILABLE_IN_ALL
AictSource            *aict_source_new        (const char            *id,
                                               const char            *title);
AICT_AVAILABLE_IN_ALL
const char            *aict_source_get_title  (AictSource            *self);
AICT_AVAILABLE_IN_ALL
void                   aict_source_set_title  (AictSource            *self,
                                               const char            *title);
AICT_AVAILABLE_IN_ALL
const AictPartialDate *aict_source_get_date   (AictSource            *self);
AICT_AVAILABLE_IN_ALL
void                   aict_source_set_date   (AictSource            *self,
                                               const AictPartialDate *date);
AICT_AVAILABLE_IN_ALL
const char            *aict_source_get_author (AictSource            *self);
AICT_AVAILABLE_IN_ALL
void                   aict_source_set_author (AictSource            *self,
                                               const char            *author);
AICT_AVAILABLE_IN_ALL
const char            *aict_source_get_url    (AictSource            *self);
AICT_AVAILABLE_IN_ALL
void                   aict_source_set_url    (AictSource            *self,
                                               const char            *url);

G_END_DECLS
