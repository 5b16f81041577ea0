/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(AICT_INSIDE) && !defined(AICT_COMPILATION)
# error "Only <aict/aict.h> can be included directly."
#endif

#include <aict/aict-dataset.h>
#include <aict/aict-filter.h>
#include <aict/aict-report.h>

G_BEGIN_DECLS

/**
 * AICT_IATI_VERSION:
 *
 * The version of the IATI Activity Standard that
 * [method@Aict.Dataset.export_iati] writes.
 *
 * Since: 0.2
 */
#define AICT_IATI_VERSION "2.03"

AICT_AVAILABLE_IN_0_2
AictReport *aict_dataset_export_iati          (AictDataset    *self,
                                               const char     *reporting_org_id,
                                               AictFilter     *filter,
                                               GDate          *today,
                                               GOutputStream  *stream,
                                               GCancellable   *cancellable,
                                               GError        **error);
AICT_AVAILABLE_IN_0_2
GBytes     *aict_dataset_export_iati_to_bytes (AictDataset    *self,
                                               const char     *reporting_org_id,
                                               AictFilter     *filter,
                                               GDate          *today,
                                               AictReport    **report,
                                               GError        **error);
AICT_AVAILABLE_IN_0_2
char       *aict_actor_dup_iati_org_id        (AictActor      *actor);

AICT_AVAILABLE_IN_0_2
gboolean    aict_dataset_export_dot           (AictDataset    *self,
                                               AictFilter     *filter,
                                               GOutputStream  *stream,
                                               GCancellable   *cancellable,
                                               GError        **error);
AICT_AVAILABLE_IN_0_2
GBytes     *aict_dataset_export_dot_to_bytes  (AictDataset    *self,
                                               AictFilter     *filter,
                                               GError        **error);

G_END_DECLS
