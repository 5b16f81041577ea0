/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(AICT_INSIDE) && !defined(AICT_COMPILATION)
# error "Only <aict/aict.h> can be included directly."
#endif

#include <aict/aict-entity.h>
#include <aict/aict-records.h>

G_BEGIN_DECLS

#define AICT_TYPE_BUDGET (aict_budget_get_type ())
AICT_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AictBudget, aict_budget, AICT, BUDGET, AictEntity)

AICT_AVAILABLE_IN_ALL
AictBudget            *aict_budget_new                (const char            *id,
                                                       AictBudgetKind         kind);
AICT_AVAILABLE_IN_ALL
const char            *aict_budget_get_label          (AictBudget            *self);
AICT_AVAILABLE_IN_ALL
void                   aict_budget_set_label          (AictBudget            *self,
                                                       const char            *label);
AICT_AVAILABLE_IN_ALL
const char            *aict_budget_get_actor_id       (AictBudget            *self);
AICT_AVAILABLE_IN_ALL
void                   aict_budget_set_actor_id       (AictBudget            *self,
                                                       const char            *actor_id);
AICT_AVAILABLE_IN_ALL
const char            *aict_budget_get_partnership_id (AictBudget            *self);
AICT_AVAILABLE_IN_ALL
void                   aict_budget_set_partnership_id (AictBudget            *self,
                                                       const char            *partnership_id);
AICT_AVAILABLE_IN_ALL
AictBudgetKind         aict_budget_get_kind           (AictBudget            *self);
AICT_AVAILABLE_IN_ALL
void                   aict_budget_set_kind           (AictBudget            *self,
                                                       AictBudgetKind         kind);
AICT_AVAILABLE_IN_ALL
const AictPartialDate *aict_budget_get_start          (AictBudget            *self);
AICT_AVAILABLE_IN_ALL
void                   aict_budget_set_start          (AictBudget            *self,
                                                       const AictPartialDate *start);
AICT_AVAILABLE_IN_ALL
const AictPartialDate *aict_budget_get_end            (AictBudget            *self);
AICT_AVAILABLE_IN_ALL
void                   aict_budget_set_end            (AictBudget            *self,
                                                       const AictPartialDate *end);
AICT_AVAILABLE_IN_ALL
const AictAmount      *aict_budget_get_amount         (AictBudget            *self);
AICT_AVAILABLE_IN_ALL
void                   aict_budget_set_amount         (AictBudget            *self,
                                                       const AictAmount      *amount);
AICT_AVAILABLE_IN_ALL
int                    aict_budget_get_staff_fte      (AictBudget            *self);
AICT_AVAILABLE_IN_ALL
void                   aict_budget_set_staff_fte      (AictBudget            *self,
                                                       int                    staff_fte);
AICT_AVAILABLE_IN_0_2
guint                  aict_budget_get_n_funders (AictBudget            *self);
AICT_AVAILABLE_IN_0_2
const AictFunder      *aict_budget_get_funder  (AictBudget            *self,
                                                guint                  position);
AICT_AVAILABLE_IN_0_2
GPtrArray             *aict_budget_dup_funders (AictBudget            *self);
AICT_AVAILABLE_IN_ALL
void                   aict_budget_add_funder         (AictBudget            *self,
                                                       const AictFunder      *funder);

G_END_DECLS
