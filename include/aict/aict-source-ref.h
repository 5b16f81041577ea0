/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(AICT_INSIDE) && !defined(AICT_COMPILATION)
# error "Only <aict/aict.h> can be included directly."
#endif

#include <aict/aict-types.h>

G_BEGIN_DECLS

/**
 * AICT_TYPE_SOURCE_REF:
 *
 * The [alias@GObject.Type] of [struct@Aict.SourceRef].
 *
 * Since: 0.1
 */
#define AICT_TYPE_SOURCE_REF (aict_source_ref_get_type ())

AICT_AVAILABLE_IN_ALL
GType          aict_source_ref_get_type    (void);

AICT_AVAILABLE_IN_ALL
AictSourceRef *aict_source_ref_new         (const char          *source) G_GNUC_WARN_UNUSED_RESULT;
AICT_AVAILABLE_IN_0_2
AictSourceRef *aict_source_ref_new_full    (const char          *source,
                                            const char          *locator) G_GNUC_WARN_UNUSED_RESULT;
AICT_AVAILABLE_IN_ALL
AictSourceRef *aict_source_ref_copy        (const AictSourceRef *self) G_GNUC_WARN_UNUSED_RESULT;
AICT_AVAILABLE_IN_ALL
void           aict_source_ref_free        (AictSourceRef       *self);

AICT_AVAILABLE_IN_ALL
const char    *aict_source_ref_get_source  (const AictSourceRef *self);
AICT_AVAILABLE_IN_ALL
const char    *aict_source_ref_get_locator (const AictSourceRef *self);

AICT_AVAILABLE_IN_ALL
gboolean       aict_source_ref_equal       (const AictSourceRef *a,
                                            const AictSourceRef *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AictSourceRef, aict_source_ref_free)

G_END_DECLS
