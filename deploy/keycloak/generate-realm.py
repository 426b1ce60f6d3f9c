#!/usr/bin/env python3
"""Writes mentor-realm.json, the Keycloak realm of the local suite and of the real-Keycloak tests.

The realm file is committed; run this only after changing it here:

    python3 deploy/keycloak/generate-realm.py

Why a generator: the same two protocol mappers sit on three clients, 15 demo users follow one
pattern, and the user-profile configuration is a JSON document that Keycloak wants as a string.
Written by hand these copies drift apart.

Design choices (each avoids a Keycloak pitfall, see deploy/README.md):
- No top-level "clientScopes": listing any would replace the built-in scopes (basic, profile,
  email, roles, ...) and tokens would lose `sub` and `realm_access`. The mappers therefore sit
  on each client, and no client lists its scopes, so all get the realm's defaults.
- `municipality` is declared in the user profile (validated, multivalued); an undeclared
  attribute would be imported but invisible and uneditable in the admin console.
- Every user has email, first and last name: the user profile requires them, and a user without
  them cannot log in ("Account is not fully set up").
- `mentor-dev-cli` (password grant) exists for local demos and tests only. A production realm
  must leave it and the demo users out.
"""
import json
from pathlib import Path

REALM = "mentor"
API_AUDIENCE = "mentor-api"
DEMO_PASSWORD = "demo"
DASHBOARD_ORIGINS = ["http://127.0.0.1:8080", "http://localhost:8080"]
# The system tests run the dashboard on the first free one of these loopback ports (outside Linux's
# ephemeral range, so a free port picked at random never takes them): Keycloak matches redirect URIs
# literally apart from a trailing path wildcard, and a port wildcard is not allowed.
DASHBOARD_TEST_PORTS = range(18480, 18486)
DASHBOARD_TEST_ORIGINS = [f"http://127.0.0.1:{port}" for port in DASHBOARD_TEST_PORTS]

ROLES = {
    "coordinator": "Mentor coordinator: mentors, organisations, training, matching rounds",
    "caseworker": "Job-centre caseworker: referrals, plans, mentorships of own citizens",
    "social-worker": "Social worker (SEL §85/§99): participates in the shared plan",
    "mentor": "Mentor: sees and logs only own mentorships",
    "finance-officer": "Finance officer: expenses, refusion claims, settlements",
    "auditor": "Auditor: reads the audit log",
    "admin": "Administrator: effective-dated rules and code lists",
    "integration": "Service account of a municipal case system (client credentials)",
}

MUNICIPALITIES = {"aarhus": "0751", "skanderborg": "0746", "kobenhavn": "0101"}

# One client-credentials client per municipality: a case system acts for its own municipality
# only, so the audit log names which municipality's system acted and a leaked secret exposes one.
CASE_SYSTEM_PREFIX = "case-system-"


def case_system_secret(place):
    """Keycloak resolves ${ENV:default} at import: production sets the variable, dev uses the default."""
    return "${MENTOR_CASE_SYSTEM_" + place.upper() + "_SECRET:dev-" + CASE_SYSTEM_PREFIX + place + "-secret}"

# username prefix -> (realm role, first name, last name per municipality)
DEMO_USERS = {
    "coordinator": ("coordinator", {"aarhus": ("Anne", "Kristensen"),
                     "skanderborg": ("Pia", "Dam"),
                     "kobenhavn": ("Bo", "Holm")}),
    "caseworker": ("caseworker", {"aarhus": ("Camilla", "Jensen"),
                     "skanderborg": ("Rasmus", "Bach"),
                     "kobenhavn": ("David", "Nielsen")}),
    "social-worker": ("social-worker", {"aarhus": ("Emma", "Larsen"),
                     "skanderborg": ("Sofie", "Krogh"),
                     "kobenhavn": ("Frederik", "Poulsen")}),
    "mentor": ("mentor", {"aarhus": ("Gitte", "Madsen"),
                     "skanderborg": ("Tobias", "Lund"),
                     "kobenhavn": ("Henrik", "Olsen")}),
    # a second mentor login per municipality: the system tests' mentors, beside the demo data's
    "mentor2": ("mentor", {"aarhus": ("Jens", "Bruun"),
                     "skanderborg": ("Lise", "Mørk"),
                     "kobenhavn": ("Omar", "Said")}),
    "finance": ("finance-officer", {"aarhus": ("Ida", "Thomsen"),
                     "skanderborg": ("Ulla", "Winther"),
                     "kobenhavn": ("Jonas", "Rasmussen")}),
    "auditor": ("auditor", {"aarhus": ("Karen", "Andersen"),
                     "skanderborg": ("Viggo", "Friis"),
                     "kobenhavn": ("Lars", "Petersen")}),
    "admin": ("admin", {"aarhus": ("Maja", "Christensen"),
                     "skanderborg": ("Yrsa", "Holt"),
                     "kobenhavn": ("Niels", "Sørensen")}),
}


def municipality_attribute():
    return {
        "name": "municipality",
        "displayName": "Municipality codes (kommunekoder)",
        "multivalued": True,
        "validations": {
            "pattern": {"pattern": "^[0-9]{4}$", "error-message": "A municipality code has exactly 4 digits"},
        },
        "annotations": {"inputHelperTextBefore": "The municipalities this user acts for, e.g. 0751"},
        "permissions": {"view": ["admin", "user"], "edit": ["admin"]},
        "group": "user-metadata",
    }


def user_profile():
    """Keycloak's default profile of a new realm, repeated because ours replaces it, plus ours."""
    def person(name, validations, required):
        attribute = {
            "name": name, "displayName": "${" + name + "}", "validations": validations,
            "permissions": {"view": ["admin", "user"], "edit": ["admin", "user"]}, "multivalued": False,
        }
        if required:
            attribute["required"] = {"roles": ["user"]}
        return attribute

    name_rules = {"length": {"max": 255}, "person-name-prohibited-characters": {}}
    return {
        "attributes": [
            person("username", {"length": {"min": 3, "max": 255}, "username-prohibited-characters": {},
                                "up-username-not-idn-homograph": {}}, False),
            person("email", {"email": {}, "length": {"max": 255}}, True),
            person("firstName", name_rules, True),
            person("lastName", name_rules, True),
            municipality_attribute(),
        ],
        "groups": [{"name": "user-metadata", "displayHeader": "User metadata",
                    "displayDescription": "Attributes, which refer to user metadata"}],
    }


def token_mappers():
    municipality = {
        "name": "municipality", "protocol": "openid-connect",
        "protocolMapper": "oidc-usermodel-attribute-mapper", "consentRequired": False,
        "config": {
            "user.attribute": "municipality", "claim.name": "municipality", "jsonType.label": "String",
            # multivalued: the claim is a JSON array even when the user has one municipality
            "multivalued": "true", "aggregate.attrs": "false",
            "access.token.claim": "true", "id.token.claim": "true",
            "userinfo.token.claim": "true", "introspection.token.claim": "true",
        },
    }
    audience = {
        "name": f"{API_AUDIENCE}-audience", "protocol": "openid-connect",
        "protocolMapper": "oidc-audience-mapper", "consentRequired": False,
        "config": {
            "included.client.audience": API_AUDIENCE, "access.token.claim": "true",
            "id.token.claim": "false", "introspection.token.claim": "true",
        },
    }
    return [municipality, audience]


def client(client_id, name, description, **settings):
    base = {
        "clientId": client_id, "name": name, "description": description, "enabled": True,
        "protocol": "openid-connect", "publicClient": False, "bearerOnly": False,
        "standardFlowEnabled": False, "implicitFlowEnabled": False,
        "directAccessGrantsEnabled": False, "serviceAccountsEnabled": False,
        "frontchannelLogout": True, "fullScopeAllowed": True,
        "attributes": {"oauth2.device.authorization.grant.enabled": "false",
                       "oidc.ciba.grant.enabled": "false"},
    }
    attributes = settings.pop("attributes", {})
    base.update(settings)
    base["attributes"].update(attributes)
    return base


def clients():
    return [
        client(API_AUDIENCE, "Mentor API",
               "Identity of the four REST services as resource server; issues no tokens. "
               "Access tokens name it in 'aud'.",
               bearerOnly=True),
        client("mentor-dashboard", "Mentor dashboard",
               "Browser dashboard: public client, authorization code with PKCE (S256) only.",
               publicClient=True, standardFlowEnabled=True,
               rootUrl=DASHBOARD_ORIGINS[0], baseUrl="/",
               redirectUris=[origin + "/*" for origin in DASHBOARD_ORIGINS + DASHBOARD_TEST_ORIGINS], webOrigins=["+"],
               attributes={"pkce.code.challenge.method": "S256", "post.logout.redirect.uris": "+"},
               protocolMappers=token_mappers()),
        client("mentor-integration", "Municipal case system integration",
               "Confidential client for system-to-system calls: client credentials only.",
               clientAuthenticatorType="client-secret",
               secret="${MENTOR_INTEGRATION_SECRET:dev-integration-secret}",
               serviceAccountsEnabled=True,
               protocolMappers=token_mappers()),
        *[client(CASE_SYSTEM_PREFIX + place, f"Case system of municipality {code}",
                 f"Confidential client of one municipality's case system ({code}): client credentials only.",
                 clientAuthenticatorType="client-secret", secret=case_system_secret(place),
                 serviceAccountsEnabled=True, protocolMappers=token_mappers())
          for place, code in MUNICIPALITIES.items()],
        client("mentor-dev-cli", "Developer command line (DEV/TEST ONLY)",
               "Password grant for local demos and automated tests. Never part of a production realm.",
               publicClient=True, directAccessGrantsEnabled=True,
               protocolMappers=token_mappers()),
    ]


def user(username, first, last, role, municipalities):
    return {
        "username": username, "enabled": True, "emailVerified": True,
        "email": f"{username}@example.test", "firstName": first, "lastName": last,
        "credentials": [{"type": "password", "value": DEMO_PASSWORD, "temporary": False}],
        # Listing realmRoles replaces default-roles-mentor: the token then carries exactly this role.
        "realmRoles": [role],
        "attributes": {"municipality": municipalities},
    }


def users():
    demo = [user(f"{prefix}-{place}", *names[place], role, [MUNICIPALITIES[place]])
            for prefix, (role, names) in DEMO_USERS.items() for place in MUNICIPALITIES]
    # acts for Aarhus and its neighbour Skanderborg (0746), which has no other demo user
    demo.append(user("caseworker-both", "Oline", "Vestergaard", "caseworker", ["0751", "0746"]))
    service_account = {
        "username": "service-account-mentor-integration", "enabled": True,
        "serviceAccountClientId": "mentor-integration",
        "realmRoles": ["integration"],
        "attributes": {"municipality": ["0751", "0101"]},
    }
    case_systems = [{
        "username": f"service-account-{CASE_SYSTEM_PREFIX}{place}", "enabled": True,
        "serviceAccountClientId": CASE_SYSTEM_PREFIX + place,
        "realmRoles": ["integration"],
        "attributes": {"municipality": [code]},
    } for place, code in MUNICIPALITIES.items()]
    return demo + [service_account] + case_systems


def realm():
    return {
        "realm": REALM, "displayName": "Mentor coordination", "enabled": True,
        "sslRequired": "external",  # plain HTTP is accepted from loopback and private addresses only
        "registrationAllowed": False, "resetPasswordAllowed": False, "editUsernameAllowed": False,
        "loginWithEmailAllowed": True, "duplicateEmailsAllowed": False,
        "bruteForceProtected": True, "permanentLockout": False, "failureFactor": 30,
        "accessTokenLifespan": 900, "ssoSessionIdleTimeout": 1800, "ssoSessionMaxLifespan": 36000,
        "internationalizationEnabled": True, "supportedLocales": ["da", "en"], "defaultLocale": "en",
        "roles": {"realm": [{"name": name, "description": text} for name, text in ROLES.items()]},
        "components": {"org.keycloak.userprofile.UserProfileProvider": [{
            "providerId": "declarative-user-profile", "subComponents": {},
            "config": {"kc.user.profile.config": [json.dumps(user_profile(), ensure_ascii=False)]},
        }]},
        "clients": clients(),
        "users": users(),
    }


if __name__ == "__main__":
    target = Path(__file__).with_name("mentor-realm.json")
    target.write_text(json.dumps(realm(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {target}")
