/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(AICT_INSIDE) && !defined(AICT_COMPILATION)
# error "Only <aict/aict.h> can be included directly."
#endif

#include <aict/aict-types.h>
#include <aict/aict-dataset.h>
#include <aict/aict-load-options.h>

G_BEGIN_DECLS

/**
 * AictMergeRule:
 * @AICT_MERGE_REFUSE: a conflict makes the merge fail (the default)
 * @AICT_MERGE_PREFER_FILE: the version of the preferred file wins (see
 *   [method@Aict.MergeOptions.set_preferred_file])
 * @AICT_MERGE_PREFER_NEWER: the version whose sources are the most recent
 *   (the latest `date` of the sources it cites) wins
 *
 * How [class@Aict.Merge] settles an object that two files give different
 * content.  A conflict the rule cannot settle (the preferred file does not
 * hold the object; no version cites a source strictly more recent than
 * the others) makes the merge fail as with %AICT_MERGE_REFUSE.
 *
 * Since: 0.2
 */
typedef enum
{
  AICT_MERGE_REFUSE,        /*< nick=refuse >*/
  AICT_MERGE_PREFER_FILE,   /*< nick=prefer-file >*/
  AICT_MERGE_PREFER_NEWER,  /*< nick=prefer-newer >*/
} AictMergeRule;

#define AICT_TYPE_MERGE_OPTIONS (aict_merge_options_get_type ())
AICT_AVAILABLE_IN_0_2
G_DECLARE_FINAL_TYPE (AictMergeOptions, aict_merge_options, AICT, MERGE_OPTIONS, GObject)

AICT_AVAILABLE_IN_0_2
AictMergeOptions *aict_merge_options_new                (void);
AICT_AVAILABLE_IN_0_2
AictMergeOptions *aict_merge_options_copy               (const AictMergeOptions *self);
AICT_AVAILABLE_IN_0_2
void              aict_merge_options_free               (AictMergeOptions       *self);
AICT_AVAILABLE_IN_0_2
AictMergeRule     aict_merge_options_get_rule           (const AictMergeOptions *self);
AICT_AVAILABLE_IN_0_2
void              aict_merge_options_set_rule           (AictMergeOptions       *self,
                                                         AictMergeRule           rule);
AICT_AVAILABLE_IN_0_2
guint             aict_merge_options_get_preferred_file (const AictMergeOptions *self);
AICT_AVAILABLE_IN_0_2
void              aict_merge_options_set_preferred_file (AictMergeOptions       *self,
                                                         guint                   index);

AICT_AVAILABLE_IN_0_2
const AictLoadOptions *aict_merge_options_get_load_options (const AictMergeOptions *self);
AICT_AVAILABLE_IN_0_2
void              aict_merge_options_set_load_options   (AictMergeOptions       *self,
                                                         const AictLoadOptions  *load_options);

#define AICT_TYPE_MERGE_CONFLICT (aict_merge_conflict_get_type ())
AICT_AVAILABLE_IN_0_2
G_DECLARE_FINAL_TYPE (AictMergeConflict, aict_merge_conflict, AICT, MERGE_CONFLICT, GObject)

#define AICT_TYPE_MERGE (aict_merge_get_type ())
AICT_AVAILABLE_IN_0_2
G_DECLARE_FINAL_TYPE (AictMerge, aict_merge, AICT, MERGE, GObject)

AICT_AVAILABLE_IN_0_2
const char   *aict_merge_conflict_get_type_name   (AictMergeConflict *self);
AICT_AVAILABLE_IN_0_2
const char   *aict_merge_conflict_get_id          (AictMergeConflict *self);
AICT_AVAILABLE_IN_0_2
const char   *aict_merge_conflict_get_path        (AictMergeConflict *self);
AICT_AVAILABLE_IN_0_2
const char   *aict_merge_conflict_get_first_file  (AictMergeConflict *self);
AICT_AVAILABLE_IN_0_2
const char   *aict_merge_conflict_get_first_value (AictMergeConflict *self);
AICT_AVAILABLE_IN_0_2
const char   *aict_merge_conflict_get_other_file  (AictMergeConflict *self);
AICT_AVAILABLE_IN_0_2
const char   *aict_merge_conflict_get_other_value (AictMergeConflict *self);
AICT_AVAILABLE_IN_0_2
gboolean      aict_merge_conflict_get_resolved    (AictMergeConflict *self);
AICT_AVAILABLE_IN_0_2
const char   *aict_merge_conflict_get_chosen_file (AictMergeConflict *self);

AICT_AVAILABLE_IN_0_2
AictMerge    *aict_merge_new                      (const AictMergeOptions *options);
AICT_AVAILABLE_IN_0_2
void          aict_merge_add_dataset              (AictMerge         *self,
                                                   AictDataset       *dataset,
                                                   const char        *name);
AICT_AVAILABLE_IN_0_2
gboolean      aict_merge_run                      (AictMerge         *self,
                                                   GError           **error);
AICT_AVAILABLE_IN_0_2
AictDataset  *aict_merge_get_dataset              (AictMerge         *self);
AICT_AVAILABLE_IN_0_2
guint         aict_merge_get_n_conflicts          (AictMerge         *self);
AICT_AVAILABLE_IN_0_2
AictMergeConflict *aict_merge_get_conflict        (AictMerge         *self,
                                                   guint              i);
AICT_AVAILABLE_IN_0_2
guint         aict_merge_get_n_unresolved         (AictMerge         *self);
AICT_AVAILABLE_IN_0_2
char         *aict_merge_to_json                  (AictMerge         *self);

AICT_AVAILABLE_IN_0_2
AictDataset  *aict_dataset_merge                  (GPtrArray               *datasets,
                                                   const char * const      *names,
                                                   const AictMergeOptions  *options,
                                                   AictMerge              **result,
                                                   GError                 **error);

G_END_DECLS
