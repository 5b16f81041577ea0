/* SPDX-License-Identifier: LGPL-2.1-or-later */
#pragma once

#if !defined(AICT_INSIDE) && !defined(AICT_COMPILATION)
# error "Only <aict/aict.h> can be included directly."
#endif

#include <aict/aict-entity.h>
#include <aict/aict-records.h>

G_BEGIN_DECLS

#define AICT_TYPE_ACTOR (aict_actor_get_type ())
AICT_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (AictActor, aict_actor, AICT, ACTOR, AictEntity)

AICT_AVAILABLE_IN_ALL
AictActor     *aict_actor_new             (const char    *id,
                                           const char    *name,
                                           AictActorKind  kind);
AICT_AVAILABLE_IN_ALL
const char    *aict_actor_get_name        (AictActor     *self);
AICT_AVAILABLE_IN_ALL
void           aict_actor_set_name        (AictActor     *self,
                                           const char    *name);
AICT_AVAILABLE_IN_ALL
const char    *aict_actor_get_short_name  (AictActor     *self);
AICT_AVAILABLE_IN_ALL
void           aict_actor_set_short_name  (AictActor     *self,
                                           const char    *short_name);
AICT_AVAILABLE_IN_ALL
AictActorKind  aict_actor_get_kind        (AictActor     *self);
AICT_AVAILABLE_IN_ALL
void           aict_actor_set_kind        (AictActor     *self,
                                           AictActorKind  kind);
AICT_AVAILABLE_IN_ALL
const char    *aict_actor_get_country     (AictActor     *self);
AICT_AVAILABLE_IN_ALL
void           aict_actor_set_country     (AictActor     *self,
                                           const char    *country);
AICT_AVAILABLE_IN_ALL
const char    *aict_actor_get_subdivision (AictActor     *self);
AICT_AVAILABLE_IN_ALL
void           aict_actor_set_subdivision (AictActor     *self,
                                           const char    *subdivision);
AICT_AVAILABLE_IN_ALL
const char    *aict_actor_get_parent_id   (AictActor     *self);
AICT_AVAILABLE_IN_ALL
void           aict_actor_set_parent_id   (AictActor     *self,
                                           const char    *parent_id);
AICT_AVAILABLE_IN_ALL
const char    *aict_actor_get_address     (AictActor     *self);
AICT_AVAILABLE_IN_ALL
void           aict_actor_set_address     (AictActor     *self,
                                           const char    *address);
AICT_AVAILABLE_IN_ALL
const char    *aict_actor_get_website     (AictActor     *self);
AICT_AVAILABLE_IN_ALL
void           aict_actor_set_website     (AictActor     *self,
                                           const char    *website);
AICT_AVAILABLE_IN_ALL
const char    *aict_actor_get_email       (AictActor     *self);
AICT_AVAILABLE_IN_ALL
void           aict_actor_set_email       (AictActor     *self,
                                           const char    *email);
AICT_AVAILABLE_IN_ALL
const char    *aict_actor_get_phone       (AictActor     *self);
AICT_AVAILABLE_IN_ALL
void           aict_actor_set_phone       (AictActor     *self,
                                           const char    *phone);
AICT_AVAILABLE_IN_0_2
guint          aict_actor_get_n_identifiers (AictActor     *self);
AICT_AVAILABLE_IN_0_2
const AictIdentifier *aict_actor_get_identifier (AictActor     *self,
                                                 guint          position);
AICT_AVAILABLE_IN_0_2
GPtrArray     *aict_actor_dup_identifiers (AictActor     *self);
AICT_AVAILABLE_IN_ALL
void           aict_actor_add_identifier  (AictActor     *self,
                                           const char    *scheme,
                                           const char    *value);

G_END_DECLS
