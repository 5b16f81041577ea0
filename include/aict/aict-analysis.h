/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(AICT_INSIDE) && !defined(AICT_COMPILATION)
# error "Only <aict/aict.h> can be included directly."
#endif

#include <aict/aict-types.h>
#include <aict/aict-actor.h>
#include <aict/aict-dataset.h>
#include <aict/aict-filter.h>
#include <aict/aict-outcome.h>

G_BEGIN_DECLS

#define AICT_TYPE_TOTAL (aict_total_get_type ())
AICT_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AictTotal, aict_total, AICT, TOTAL, GObject)

#define AICT_TYPE_COUNT (aict_count_get_type ())
AICT_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AictCount, aict_count, AICT, COUNT, GObject)

#define AICT_TYPE_OVERLAP (aict_overlap_get_type ())
AICT_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AictOverlap, aict_overlap, AICT, OVERLAP, GObject)

#define AICT_TYPE_POOLING_CANDIDATE (aict_pooling_candidate_get_type ())
AICT_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AictPoolingCandidate, aict_pooling_candidate, AICT, POOLING_CANDIDATE, GObject)

#define AICT_TYPE_ACTOR_PROFILE (aict_actor_profile_get_type ())
AICT_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AictActorProfile, aict_actor_profile, AICT, ACTOR_PROFILE, GObject)

/* Filters: the matching objects, in dataset order. */
AICT_AVAILABLE_IN_ALL
GListModel           *aict_dataset_filter_partnerships     (AictDataset         *self,
                                                            AictFilter          *filter,
                                                            GError             **error);
AICT_AVAILABLE_IN_ALL
GListModel           *aict_dataset_filter_actors           (AictDataset         *self,
                                                            AictFilter          *filter,
                                                            GError             **error);
AICT_AVAILABLE_IN_ALL
GListModel           *aict_dataset_filter_persons          (AictDataset         *self,
                                                            AictFilter          *filter,
                                                            GError             **error);
AICT_AVAILABLE_IN_ALL
GListModel           *aict_dataset_filter_meetings         (AictDataset         *self,
                                                            AictFilter          *filter,
                                                            GError             **error);
AICT_AVAILABLE_IN_ALL
GListModel           *aict_dataset_filter_outcomes         (AictDataset         *self,
                                                            AictFilter          *filter,
                                                            GError             **error);
AICT_AVAILABLE_IN_ALL
GListModel           *aict_dataset_filter_budgets          (AictDataset         *self,
                                                            AictFilter          *filter,
                                                            GError             **error);

/* Budgets. */
AICT_AVAILABLE_IN_ALL
GListModel           *aict_dataset_get_budget_totals       (AictDataset         *self,
                                                            AictBudgetGrouping   grouping,
                                                            AictFilter          *filter,
                                                            GError             **error);

AICT_AVAILABLE_IN_ALL
const char           *aict_total_get_key                   (AictTotal           *self,
                                                            AictBudgetGrouping   dimension);
AICT_AVAILABLE_IN_ALL
AictBudgetGrouping    aict_total_get_grouping              (AictTotal           *self);
AICT_AVAILABLE_IN_ALL
AictBudgetKind        aict_total_get_kind                  (AictTotal           *self);
AICT_AVAILABLE_IN_ALL
const AictAmount     *aict_total_get_amount                (AictTotal           *self);
AICT_AVAILABLE_IN_ALL
const char * const   *aict_total_get_budget_ids            (AictTotal           *self);
AICT_AVAILABLE_IN_ALL
guint                 aict_total_get_n_budgets             (AictTotal           *self);
AICT_AVAILABLE_IN_ALL
const char           *aict_total_get_previous_year         (AictTotal           *self);
AICT_AVAILABLE_IN_ALL
const AictAmount     *aict_total_get_change                (AictTotal           *self);
AICT_AVAILABLE_IN_ALL
gboolean              aict_total_get_change_percent        (AictTotal           *self,
                                                            gint64              *basis_points);
AICT_AVAILABLE_IN_0_2
const AictAmount     *aict_total_get_comparable_previous   (AictTotal           *self);
AICT_AVAILABLE_IN_0_2
const char * const   *aict_total_get_members_added         (AictTotal           *self);
AICT_AVAILABLE_IN_0_2
const char * const   *aict_total_get_members_dropped       (AictTotal           *self);
AICT_AVAILABLE_IN_0_2
gboolean              aict_total_get_composition_changed   (AictTotal           *self);

/* Summaries. */
AICT_AVAILABLE_IN_ALL
GListModel           *aict_dataset_count                   (AictDataset         *self,
                                                            AictCountBy          by,
                                                            AictFilter          *filter,
                                                            GError             **error);
AICT_AVAILABLE_IN_ALL
AictCountBy           aict_count_get_by                    (AictCount           *self);
AICT_AVAILABLE_IN_ALL
const char           *aict_count_get_key                   (AictCount           *self);
AICT_AVAILABLE_IN_ALL
guint                 aict_count_get_n_partnerships        (AictCount           *self);
AICT_AVAILABLE_IN_ALL
guint                 aict_count_get_n_actors              (AictCount           *self);

/* Overlaps and pooling ("mutualisation"). */
AICT_AVAILABLE_IN_ALL
GListModel           *aict_dataset_find_overlaps           (AictDataset         *self,
                                                            AictOverlapKind      kinds,
                                                            const char          *home_country,
                                                            AictFilter          *filter,
                                                            GError             **error);
AICT_AVAILABLE_IN_ALL
GListModel           *aict_dataset_find_pooling_candidates (AictDataset         *self,
                                                            const char          *actor_id,
                                                            AictOverlapKind      kinds,
                                                            const char          *home_country,
                                                            GError             **error);

AICT_AVAILABLE_IN_ALL
AictOverlapKind       aict_overlap_get_kind                (AictOverlap         *self);
AICT_AVAILABLE_IN_ALL
const char           *aict_overlap_get_key                 (AictOverlap         *self);
AICT_AVAILABLE_IN_ALL
const char * const   *aict_overlap_get_actor_ids           (AictOverlap         *self);
AICT_AVAILABLE_IN_ALL
const char * const   *aict_overlap_get_partnership_ids     (AictOverlap         *self);
AICT_AVAILABLE_IN_ALL
AictOverlapKind       aict_overlap_get_shared_kinds        (AictOverlap         *self);
AICT_AVAILABLE_IN_ALL
guint                 aict_overlap_get_strength            (AictOverlap         *self);
AICT_AVAILABLE_IN_ALL
guint                 aict_overlap_get_n_active            (AictOverlap         *self);

AICT_AVAILABLE_IN_ALL
const char           *aict_pooling_candidate_get_actor_id  (AictPoolingCandidate *self);
AICT_AVAILABLE_IN_ALL
const char * const   *aict_pooling_candidate_get_shared    (AictPoolingCandidate *self,
                                                            AictOverlapKind       kind);
AICT_AVAILABLE_IN_ALL
AictOverlapKind       aict_pooling_candidate_get_shared_kinds (AictPoolingCandidate *self);
AICT_AVAILABLE_IN_ALL
const char * const   *aict_pooling_candidate_get_partnership_ids (AictPoolingCandidate *self);
AICT_AVAILABLE_IN_ALL
guint                 aict_pooling_candidate_get_strength  (AictPoolingCandidate *self);
AICT_AVAILABLE_IN_ALL
guint                 aict_pooling_candidate_get_n_shared  (AictPoolingCandidate *self);
AICT_AVAILABLE_IN_ALL
guint                 aict_pooling_candidate_get_n_active  (AictPoolingCandidate *self);

/* Follow-up. */
AICT_AVAILABLE_IN_ALL
gboolean              aict_outcome_is_overdue              (AictOutcome         *self,
                                                            const AictPartialDate *date);

AICT_AVAILABLE_IN_ALL
gboolean              aict_dataset_get_period              (AictDataset         *self,
                                                            AictPartialDate    **first,
                                                            AictPartialDate    **last);

/* Actors. */
AICT_AVAILABLE_IN_ALL
GListModel           *aict_dataset_get_units               (AictDataset         *self,
                                                            const char          *actor_id,
                                                            GError             **error);
AICT_AVAILABLE_IN_ALL
GListModel           *aict_dataset_get_staff               (AictDataset         *self,
                                                            const char          *actor_id,
                                                            GError             **error);
AICT_AVAILABLE_IN_ALL
AictActorProfile     *aict_dataset_get_actor_profile       (AictDataset         *self,
                                                            const char          *actor_id,
                                                            GError             **error);

AICT_AVAILABLE_IN_ALL
AictActor            *aict_actor_profile_get_actor         (AictActorProfile    *self);
AICT_AVAILABLE_IN_ALL
GListModel           *aict_actor_profile_get_units         (AictActorProfile    *self);
AICT_AVAILABLE_IN_ALL
GListModel           *aict_actor_profile_get_partnerships  (AictActorProfile    *self);
AICT_AVAILABLE_IN_ALL
GListModel           *aict_actor_profile_get_budgets       (AictActorProfile    *self);
AICT_AVAILABLE_IN_ALL
GListModel           *aict_actor_profile_get_staff         (AictActorProfile    *self);
AICT_AVAILABLE_IN_ALL
GListModel           *aict_actor_profile_get_meetings      (AictActorProfile    *self);
AICT_AVAILABLE_IN_ALL
GListModel           *aict_actor_profile_get_actions       (AictActorProfile    *self);
AICT_AVAILABLE_IN_ALL
GListModel           *aict_actor_profile_get_contributions (AictActorProfile    *self);

G_END_DECLS
