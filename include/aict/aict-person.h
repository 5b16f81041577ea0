/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(AICT_INSIDE) && !defined(AICT_COMPILATION)
# error "Only <aict/aict.h> can be included directly."
#endif

#include <aict/aict-entity.h>
#include <aict/aict-records.h>

G_BEGIN_DECLS

#define AICT_TYPE_PERSON (aict_person_get_type ())
AICT_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AictPerson, aict_person, AICT, PERSON, AictEntity)

AICT_AVAILABLE_IN_ALL
AictPerson *aict_person_new              (const char            *id,
                                          const char            *name);
AICT_AVAILABLE_IN_ALL
const char *aict_person_get_name         (AictPerson            *self);
AICT_AVAILABLE_IN_ALL
void        aict_person_set_name         (AictPerson            *self,
                                          const char            *name);
AICT_AVAILABLE_IN_ALL
const char *aict_person_get_given_name   (AictPerson            *self);
AICT_AVAILABLE_IN_ALL
void        aict_person_set_given_name   (AictPerson            *self,
                                          const char            *given_name);
AICT_AVAILABLE_IN_ALL
const char *aict_person_get_family_name  (AictPerson            *self);
AICT_AVAILABLE_IN_ALL
void        aict_person_set_family_name  (AictPerson            *self,
                                          const char            *family_name);
AICT_AVAILABLE_IN_0_2
guint       aict_person_get_n_affiliations (AictPerson            *self);
AICT_AVAILABLE_IN_0_2
const AictAffiliation *aict_person_get_affiliation (AictPerson            *self,
                                                    guint                  position);
AICT_AVAILABLE_IN_0_2
GPtrArray  *aict_person_dup_affiliations (AictPerson            *self);
AICT_AVAILABLE_IN_ALL
void        aict_person_add_affiliation  (AictPerson            *self,
                                          const AictAffiliation *affiliation);

G_END_DECLS
