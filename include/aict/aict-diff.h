/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(AICT_INSIDE) && !defined(AICT_COMPILATION)
# error "Only <aict/aict.h> can be included directly."
#endif

#include <aict/aict-types.h>
#include <aict/aict-entity.h>
#include <aict/aict-dataset.h>

G_BEGIN_DECLS

/**
 * AictDiffKind:
 * @AICT_DIFF_ADDED: the object is in the new dataset only
 * @AICT_DIFF_REMOVED: the object is in the old dataset only
 * @AICT_DIFF_CHANGED: the object is in both, with different members
 *
 * What happened to an object between two datasets.
 *
 * Since: 0.2
 */
typedef enum
{
  AICT_DIFF_ADDED,    /*< nick=added >*/
  AICT_DIFF_REMOVED,  /*< nick=removed >*/
  AICT_DIFF_CHANGED,  /*< nick=changed >*/
} AictDiffKind;

#define AICT_TYPE_DIFF_ENTRY (aict_diff_entry_get_type ())
AICT_AVAILABLE_IN_0_2
G_DECLARE_FINAL_TYPE (AictDiffEntry, aict_diff_entry, AICT, DIFF_ENTRY, GObject)

#define AICT_TYPE_DIFF (aict_diff_get_type ())
AICT_AVAILABLE_IN_0_2
G_DECLARE_FINAL_TYPE (AictDiff, aict_diff, AICT, DIFF, GObject)

AICT_AVAILABLE_IN_0_2
AictDiffKind  aict_diff_entry_get_kind            (AictDiffEntry *self);
AICT_AVAILABLE_IN_0_2
const char   *aict_diff_entry_get_type_name       (AictDiffEntry *self);
AICT_AVAILABLE_IN_0_2
const char   *aict_diff_entry_get_id              (AictDiffEntry *self);
AICT_AVAILABLE_IN_0_2
const char   *aict_diff_entry_get_meeting_id      (AictDiffEntry *self);
AICT_AVAILABLE_IN_0_2
AictEntity   *aict_diff_entry_get_old_entity      (AictDiffEntry *self);
AICT_AVAILABLE_IN_0_2
AictEntity   *aict_diff_entry_get_new_entity      (AictDiffEntry *self);
AICT_AVAILABLE_IN_0_2
guint         aict_diff_entry_get_n_changes       (AictDiffEntry *self);
AICT_AVAILABLE_IN_0_2
const char   *aict_diff_entry_get_change_path     (AictDiffEntry *self,
                                                   guint          i);
AICT_AVAILABLE_IN_0_2
const char   *aict_diff_entry_get_change_old_value (AictDiffEntry *self,
                                                    guint          i);
AICT_AVAILABLE_IN_0_2
const char   *aict_diff_entry_get_change_new_value (AictDiffEntry *self,
                                                    guint          i);

AICT_AVAILABLE_IN_0_2
AictDiff     *aict_dataset_diff                   (AictDataset   *old_dataset,
                                                   AictDataset   *new_dataset);
AICT_AVAILABLE_IN_0_2
guint         aict_diff_get_n_entries             (AictDiff      *self);
AICT_AVAILABLE_IN_0_2
AictDiffEntry *aict_diff_get_entry                (AictDiff      *self,
                                                   guint          i);
AICT_AVAILABLE_IN_0_2
gboolean      aict_diff_is_empty                  (AictDiff      *self);
AICT_AVAILABLE_IN_0_2
guint         aict_diff_count                     (AictDiff      *self,
                                                   AictDiffKind   kind,
                                                   const char    *type_name);
AICT_AVAILABLE_IN_0_2
char         *aict_diff_to_json                   (AictDiff      *self);

G_END_DECLS
