/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(AICT_INSIDE) && !defined(AICT_COMPILATION)
# error "Only <aict/aict.h> can be included directly."
#endif

#include <aict/aict-entity.h>
#include <aict/aict-records.h>

G_BEGIN_DECLS

#define AICT_TYPE_PARTNERSHIP (aict_partnership_get_type ())
AICT_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AictPartnership, aict_partnership, AICT, PARTNERSHIP, AictEntity)

AICT_AVAILABLE_IN_ALL
AictPartnership       *aict_partnership_new              (const char            *id,
                                                          const char            *title,
                                                          AictPartnershipStatus  status);
AICT_AVAILABLE_IN_ALL
const char            *aict_partnership_get_title        (AictPartnership       *self);
AICT_AVAILABLE_IN_ALL
void                   aict_partnership_set_title        (AictPartnership       *self,
                                                          const char            *title);
AICT_AVAILABLE_IN_ALL
AictPartnershipStatus  aict_partnership_get_status       (AictPartnership       *self);
AICT_AVAILABLE_IN_ALL
void                   aict_partnership_set_status       (AictPartnership       *self,
                                                          AictPartnershipStatus  status);
AICT_AVAILABLE_IN_ALL
const AictPartialDate *aict_partnership_get_start        (AictPartnership       *self);
AICT_AVAILABLE_IN_ALL
void                   aict_partnership_set_start        (AictPartnership       *self,
                                                          const AictPartialDate *start);
AICT_AVAILABLE_IN_ALL
const AictPartialDate *aict_partnership_get_end          (AictPartnership       *self);
AICT_AVAILABLE_IN_ALL
void                   aict_partnership_set_end          (AictPartnership       *self,
                                                          const AictPartialDate *end);
AICT_AVAILABLE_IN_ALL
const char * const    *aict_partnership_get_countries    (AictPartnership       *self);
AICT_AVAILABLE_IN_ALL
void                   aict_partnership_set_countries    (AictPartnership       *self,
                                                          const char * const    *countries);
AICT_AVAILABLE_IN_ALL
const char * const    *aict_partnership_get_subdivisions (AictPartnership       *self);
AICT_AVAILABLE_IN_ALL
void                   aict_partnership_set_subdivisions (AictPartnership       *self,
                                                          const char * const    *subdivisions);
AICT_AVAILABLE_IN_ALL
const char * const    *aict_partnership_get_themes       (AictPartnership       *self);
AICT_AVAILABLE_IN_ALL
void                   aict_partnership_set_themes       (AictPartnership       *self,
                                                          const char * const    *themes);
AICT_AVAILABLE_IN_0_2
guint                  aict_partnership_get_n_participants (AictPartnership       *self);
AICT_AVAILABLE_IN_0_2
const AictParticipant *aict_partnership_get_participant  (AictPartnership       *self,
                                                          guint                  position);
AICT_AVAILABLE_IN_0_2
GPtrArray             *aict_partnership_dup_participants (AictPartnership       *self);
AICT_AVAILABLE_IN_ALL
void                   aict_partnership_add_participant  (AictPartnership       *self,
                                                          const AictParticipant *participant);
AICT_AVAILABLE_IN_0_2
guint                  aict_partnership_get_n_components (AictPartnership       *self);
AICT_AVAILABLE_IN_0_2
const AictComponent   *aict_partnership_get_component  (AictPartnership       *self,
                                                        guint                  position);
AICT_AVAILABLE_IN_0_2
GPtrArray             *aict_partnership_dup_components (AictPartnership       *self);
AICT_AVAILABLE_IN_ALL
void                   aict_partnership_add_component    (AictPartnership       *self,
                                                          const AictComponent   *component);
AICT_AVAILABLE_IN_ALL
gboolean               aict_partnership_has_theme        (AictPartnership       *self,
                                                          const char            *theme);
AICT_AVAILABLE_IN_ALL
gboolean               aict_partnership_has_country      (AictPartnership       *self,
                                                          const char            *country);

G_END_DECLS
