// Generated from /api/openapi.json by `npm run api:types`. Do not edit.
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service health */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            database: "pglite" | "postgres";
                            /** @enum {string} */
                            status: "ok";
                            version: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List this facility's API tokens (never the token itself), oldest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ApiToken"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an API token for this facility, with a role you hold; the token is shown in this answer only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description The facility you are working in (the default); no other is accepted
                         */
                        facilityId?: string;
                        name: string;
                        /**
                         * @description One of your own roles
                         * @enum {string}
                         */
                        role: "admin" | "physician" | "nurse" | "technician" | "qa" | "reception";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            apiToken: components["schemas"]["ApiToken"];
                            token: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-tokens/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why the record is changed */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiToken"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The site's articles, drafts included */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SitePage"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Draft a new article (409 SLUG_TAKEN when the address is in use) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        bodyMd?: string;
                        /**
                         * @description The search-result and Open Graph description
                         * @default
                         */
                        description?: string;
                        /**
                         * @description One of: article
                         * @default article
                         * @enum {string}
                         */
                        kind?: "page" | "treatment" | "article";
                        /** @default null */
                        priceMd?: string | null;
                        /** @default null */
                        risksMd?: string | null;
                        /**
                         * @description Its address: lower-case letters, digits, hyphens
                         * @example acne-scars
                         */
                        slug: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SitePage"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one article's draft */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SitePage"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Save the article: the draft becomes the next revision (the public keeps the published one) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bodyMd?: string;
                        /** @description The search-result and Open Graph description */
                        description?: string;
                        priceMd?: string | null;
                        risksMd?: string | null;
                        title?: string;
                        /** @description The version the change is based on */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SitePage"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/articles/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the current revision on a date (today by default); a treatment page without price or risks is 422 naming them */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        publishedOn?: string;
                        /** @description The version the change is based on */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SitePage"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every saved revision of the article, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SitePageRevision"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/articles/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take the article off the site, with the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why the record is changed */
                        reason: string;
                        /** @description The version the change is based on */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SitePage"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a scar assessment (logged) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ScarAssessment"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct a scar assessment; scores are recomputed (version and reason required) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description Default: today in Japan
                         */
                        assessedOn?: string;
                        /**
                         * Format: uuid
                         * @description An active physician or nurse of the facility; default: the caller
                         */
                        assessorId?: string;
                        /**
                         * Format: uuid
                         * @description A consultation of the same patient
                         */
                        consultationId?: string | null;
                        ecca?: {
                            grades: {
                                /** @description U-shaped atrophic, Ø 2–4 mm (boxcar): 0 none, 1 fewer than 5, 2 from 5 to 20, 3 more than 20 */
                                boxcar: number;
                                /** @description Hypertrophic inflammatory scars, < 1 year old: 0 none, 1 fewer than 5, 2 from 5 to 20, 3 more than 20 */
                                hypertrophicInflammatoryRecent: number;
                                /** @description V-shaped atrophic, Ø < 2 mm (icepick): 0 none, 1 fewer than 5, 2 from 5 to 20, 3 more than 20 */
                                icepick: number;
                                /** @description Keloid / hypertrophic scars, > 1 year old: 0 none, 1 fewer than 5, 2 from 5 to 20, 3 more than 20 */
                                keloidHypertrophicOld: number;
                                /** @description M-shaped atrophic, Ø > 4 mm, irregular (rolling): 0 none, 1 fewer than 5, 2 from 5 to 20, 3 more than 20 */
                                rolling: number;
                                /** @description Superficial elastolysis: 0 none, 1 fewer than 5, 2 from 5 to 20, 3 more than 20 */
                                superficialElastolysis: number;
                            };
                        } | null;
                        /** @description Goodman & Baron qualitative grade 1–4 */
                        goodmanQualitative?: number | null;
                        goodmanQuantitative?: {
                            /** @description Every lesion type, 0 when none */
                            counts: {
                                /** @description Deep broad atrophic areas: number of scars */
                                deepBroadAtrophic: number;
                                /** @description Linear or troughed dermal scarring: number of scars */
                                linearTroughed: number;
                                /** @description Macular erythematous or pigmented: number of scars */
                                macularErythematousOrPigmented: number;
                                /** @description Mildly atrophic dish-like: number of scars */
                                mildAtrophicDish: number;
                                /** @description Moderately atrophic dish-like: number of scars */
                                moderateAtrophicDish: number;
                                /** @description Papular: number of scars */
                                papular: number;
                                /** @description Punched-out, deep abnormal base (< 5 mm): number of scars */
                                punchedOutDeepAbnormalBase: number;
                                /** @description Punched-out, deep normal base (< 5 mm): number of scars */
                                punchedOutDeepNormalBase: number;
                                /** @description Punched-out, shallow base, small (< 5 mm): number of scars */
                                punchedOutShallowSmall: number;
                                /** @description Shallow but broad atrophic areas: number of scars */
                                shallowBroadAtrophic: number;
                            };
                            /** @description Keloidal/hypertrophic scars are scored by area (cm², up to two decimals) */
                            hypertrophicKeloidAreaCm2?: number | null;
                        } | null;
                        /** @description Scar counts by morphology (Jacob et al. 2001); any may be left out */
                        morphology?: {
                            boxcar?: number | null;
                            hypertrophic?: number | null;
                            icepick?: number | null;
                            rolling?: number | null;
                        } | null;
                        notes?: string | null;
                        patientRating?: {
                            /** @description 0–10: how much the scars bother the patient */
                            bother: number;
                            /** @description 0–10 */
                            satisfaction: number;
                        } | null;
                        /** @description Why the record is changed */
                        reason: string;
                        /**
                         * @description Default 'whole_face'
                         * @enum {string}
                         */
                        region?: "whole_face" | "left" | "right" | "forehead" | "left_cheek" | "right_cheek" | "chin" | "other";
                        /** @description The version the change is based on */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ScarAssessment"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/assessments/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void an assessment recorded in error; it stays, marked voided, off the score chart */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why the record is changed */
                        reason: string;
                        /** @description Refused as STALE_VERSION if outdated */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ScarAssessment"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List audit events, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description One action or several, comma-separated: read,login_failed */
                    action?: string;
                    actorId?: string;
                    cursor?: string;
                    entityId?: string;
                    entityType?: string;
                    /** @description Inclusive; a bare date starts at 00:00 Asia/Tokyo */
                    from?: string;
                    /** @description access: patient record reads; changes: all but reads */
                    kind?: "all" | "changes" | "access";
                    limit?: number;
                    /** @description A patient number (P-000001, 1, 000001) or a name or reading; several matches: 422 PATIENT_AMBIGUOUS with `patients` to choose from */
                    patient?: string;
                    patientId?: string;
                    /** @description Exclusive instant; a bare date includes that whole day in Asia/Tokyo */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["AuditEvent"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export audit events as CSV (UTF-8 with BOM); the export is itself audited */
        get: {
            parameters: {
                query?: {
                    /** @description One action or several, comma-separated: read,login_failed */
                    action?: string;
                    actorId?: string;
                    entityId?: string;
                    entityType?: string;
                    /** @description Inclusive; a bare date starts at 00:00 Asia/Tokyo */
                    from?: string;
                    /** @description access: patient record reads; changes: all but reads */
                    kind?: "all" | "changes" | "access";
                    /** @description A patient number (P-000001, 1, 000001) or a name or reading; several matches: 422 PATIENT_AMBIGUOUS with `patients` to choose from */
                    patient?: string;
                    patientId?: string;
                    /** @description Exclusive instant; a bare date includes that whole day in Asia/Tokyo */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV with a header row, one event a row, newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start verifying the hash chain in the background (or get the one running) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The anchor kept outside the database (`saisei audit anchor`, the anchor file): SEQ:HASH */
                        expected?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditVerification"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verifications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress and result of a chain verification */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditVerification"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in; sets the session cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        login: string;
                        password: string;
                        recoveryCode?: string;
                        totp?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out; ends the session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The person signed in */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change own preferences */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        language: "ja" | "en";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change own password; ends every other session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether someone is signed in, and who: 200 either way */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SessionState"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session/facility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Work in another of your facilities; answers who you are there */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        facilityId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finish enrolment with a code from the app; returns recovery codes once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recoveryCodes: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/totp/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn two-factor sign-in off (not for admin and QA) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/totp/enrol": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start two-factor enrolment: a secret and its QR code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            otpauthUrl: string;
                            qrCodeDataUrl: string;
                            secret: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/backups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a backup now into SAISEI_BACKUP_DIR (verified; old generations pruned); answers the status */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BackupStatus"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/backups/latest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The newest backup: when, how big, and whether it succeeded */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BackupStatus"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Comments under the articles, newest first (the list is in the access log: it shows emails) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    status?: "pending" | "approved" | "rejected";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ArticleComment"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/comments/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a question: the clinic's answer is published beneath it (and the question with it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answer: string;
                        /** @description The version the change is based on */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArticleComment"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/comments/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the comment under its article */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why it may be published, kept in the audit trail */
                        note?: string;
                        /** @description The version the change is based on */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArticleComment"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/comments/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Keep the comment off the site, with the reason (kept with it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why the record is changed */
                        reason: string;
                        /** @description The version the change is based on */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ArticleComment"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consent-documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one edition */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConsentDocument"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a draft; a published edition is never changed */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bodyEn?: string | null;
                        bodyJa?: string;
                        items?: components["schemas"]["ConsentItemSectionInput"][];
                        titleEn?: string | null;
                        titleJa?: string;
                        /** @description The version the change is based on */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConsentDocument"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/consent-documents/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a draft: refused (422 DOCUMENT_INCOMPLETE, naming each item) while a required item is not covered */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description What this edition changed (改訂内容); "初版" for the first */
                        revisionNote: string;
                        /** @description The version the change is based on */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConsentDocument"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consent-documents/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take no new consent under this edition; signed consents keep pointing at it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why the record is changed */
                        reason: string;
                        /** @description The version the change is based on */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConsentDocument"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a consent (logged) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PatientConsent"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consents/{id}/signature": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signature as given: PNG drawn, or the scanned form (logged); ETag is its SHA-256 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description PNG or JPEG bytes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": string;
                        "image/png": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consents/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void a consent recorded in error (a withdrawal by the patient is /withdraw) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why the record is changed */
                        reason: string;
                        /** @description Refused as STALE_VERSION if outdated */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PatientConsent"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consents/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that the patient withdraws all or part of a consent, and each stored lot’s fate */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description For every stored lot not named below; required when cells are stored and treatment or storage is withdrawn
                         * @enum {string|null}
                         */
                        defaultLotDecision?: "dispose" | "keep_until_term_ends" | null;
                        lotDecisions?: {
                            /** @enum {string} */
                            decision: "dispose" | "keep_until_term_ends";
                            lotNumber: string;
                        }[];
                        /** @description Only if the patient gave one: withdrawing needs no reason */
                        reason?: string | null;
                        scopes: ("treatment" | "cell_storage" | "photo_clinical" | "photo_academic" | "photo_advertising" | "follow_up_contact")[];
                        /** @description The version the change is based on */
                        version?: number;
                        /**
                         * Format: date
                         * @description Default: today in Japan
                         */
                        withdrawnOn?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PatientConsent"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consents/{id}/withdrawals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A consent's withdrawals, oldest first (logged) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ConsentWithdrawal"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consultations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a consultation (logged) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Consultation"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct a consultation (version and reason required) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        acneHistory?: string | null;
                        /** @description null: not asked */
                        anticoagulants?: boolean | null;
                        chiefComplaint?: string;
                        /**
                         * Format: date
                         * @description Default: today in Japan
                         */
                        consultedOn?: string;
                        findings?: string | null;
                        /** @description null: not asked */
                        isotretinoinWithin6Months?: boolean | null;
                        /** @description null: not asked */
                        keloidTendency?: boolean | null;
                        /**
                         * Format: date-time
                         * @description After the start of the consultation day
                         */
                        nextAppointmentAt?: string | null;
                        /**
                         * Format: uuid
                         * @description An active physician of the facility; default: the caller, when the caller is a physician
                         */
                        physicianId?: string;
                        /** @enum {string} */
                        plan?: "prp" | "fibroblast" | "other" | "none";
                        planNotes?: string | null;
                        /** @enum {string|null} */
                        pregnancy?: "no" | "yes" | "possible" | "not_applicable" | null;
                        priorTreatments?: string | null;
                        /** @description Why the record is changed */
                        reason: string;
                        /** @description The version the change is based on */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Consultation"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/consultations/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void a consultation recorded in error; it stays, marked voided */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why the record is changed */
                        reason: string;
                        /** @description Refused as STALE_VERSION if outdated */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Consultation"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The facilities you belong to, oldest first (each read and changed while working in it) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Facility"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register a facility; you become its first member and administrator */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string | null;
                        administratorName?: string | null;
                        /** @description ISBT 128 Facility Identification Number, e.g. A9999 */
                        isbt128Fin?: string | null;
                        /** @enum {string} */
                        kind: "clinic" | "cpc";
                        name: string;
                        nameKana?: string | null;
                        phone?: string | null;
                        planNumbers?: string[];
                        postalCode?: string | null;
                        registrationNumber?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Facility"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the facility you are working in */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Facility"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct the facility you are working in */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string | null;
                        administratorName?: string | null;
                        /** @description ISBT 128 Facility Identification Number, e.g. A9999 */
                        isbt128Fin?: string | null;
                        name?: string;
                        nameKana?: string | null;
                        phone?: string | null;
                        planNumbers?: string[];
                        postalCode?: string | null;
                        /** @description Why the record is changed */
                        reason: string;
                        registrationNumber?: string | null;
                        /** @description The version the change is based on */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Facility"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/inquiries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inquiries from the site, newest first (each list is in the access log) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    status?: "new" | "contacted" | "booked" | "closed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Inquiry"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inquiries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One inquiry with its notes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InquiryWithNotes"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Move the inquiry on: new → contacted → booked → closed (409 INQUIRY_STATUS otherwise) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "new" | "contacted" | "booked" | "closed";
                        /** @description The version the change is based on */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InquiryWithNotes"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/inquiries/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a note (who called back, what was said); notes are never edited */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InquiryWithNotes"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inquiries/{id}/patient": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make this inquiry a patient in one step: registered through the patients service (409 POSSIBLE_DUPLICATE, ALREADY_A_PATIENT) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        birthDate: string;
                        confirmDuplicate?: boolean;
                        familyName: string;
                        familyNameKana: string;
                        givenName: string;
                        givenNameKana: string;
                        /** @enum {string} */
                        sex: "female" | "male" | "other" | "unknown";
                        /** @description The version the change is based on */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            patientId: string;
                            patientNumber: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The site's pages, drafts included */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SitePage"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Draft a new page (409 SLUG_TAKEN when the address is in use) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        bodyMd?: string;
                        /**
                         * @description The search-result and Open Graph description
                         * @default
                         */
                        description?: string;
                        /**
                         * @description One of: page, treatment
                         * @default page
                         * @enum {string}
                         */
                        kind?: "page" | "treatment" | "article";
                        /** @default null */
                        priceMd?: string | null;
                        /** @default null */
                        risksMd?: string | null;
                        /**
                         * @description Its address: lower-case letters, digits, hyphens
                         * @example acne-scars
                         */
                        slug: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SitePage"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one page's draft */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SitePage"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Save the page: the draft becomes the next revision (the public keeps the published one) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bodyMd?: string;
                        /** @description The search-result and Open Graph description */
                        description?: string;
                        priceMd?: string | null;
                        risksMd?: string | null;
                        title?: string;
                        /** @description The version the change is based on */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SitePage"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/pages/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the current revision on a date (today by default); a treatment page without price or risks is 422 naming them */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        publishedOn?: string;
                        /** @description The version the change is based on */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SitePage"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pages/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every saved revision of the page, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SitePageRevision"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pages/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take the page off the site, with the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why the record is changed */
                        reason: string;
                        /** @description The version the change is based on */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SitePage"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pages/shipped": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Install the site content Saisei ships (pages and the first article) as drafts, each whose address is free */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SitePage"][];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find patients (as reception types it) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    includeMerged?: "true" | "false";
                    limit?: number;
                    /** @description Patient number, kana, kanji, romaji, phone, or birth date (ISO or wareki, e.g. H2.5.1) */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Patient"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register a patient */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string | null;
                        allergies?: string | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        birthDate: string;
                        /** @description Register even though a patient with the same reading and birth date exists */
                        confirmDuplicate?: boolean;
                        email?: (string | "") | null;
                        /** @description Family name as written (kanji) */
                        familyName: string;
                        /** @description Reading in hiragana or katakana */
                        familyNameKana: string;
                        familyNameRomaji?: string | null;
                        givenName: string;
                        givenNameKana: string;
                        givenNameRomaji?: string | null;
                        medications?: string | null;
                        notes?: string | null;
                        phone?: string | null;
                        postalCode?: string | null;
                        /** @enum {string} */
                        sex: "female" | "male" | "other" | "unknown";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Patient"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a patient's record (logged) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Patient"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct a patient record (reason required) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string | null;
                        allergies?: string | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        birthDate?: string;
                        email?: (string | "") | null;
                        /** @description Family name as written (kanji) */
                        familyName?: string;
                        /** @description Reading in hiragana or katakana */
                        familyNameKana?: string;
                        familyNameRomaji?: string | null;
                        givenName?: string;
                        givenNameKana?: string;
                        givenNameRomaji?: string | null;
                        medications?: string | null;
                        notes?: string | null;
                        phone?: string | null;
                        postalCode?: string | null;
                        /** @description Why the record is changed */
                        reason: string;
                        /** @enum {string} */
                        sex?: "female" | "male" | "other" | "unknown";
                        /** @description The version the change is based on */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Patient"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/patients/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge this duplicate into another record; both histories are kept */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        intoPatientId: string;
                        /** @description Why the record is changed */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Patient"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patients/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything about a patient in date order, newest first (logged) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: components["schemas"]["TimelineEntry"][];
                            patient: components["schemas"]["Patient"];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patients/{patientId}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A patient's scar assessments, newest first, voided ones marked (logged) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    patientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ScarAssessment"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record an acne-scar assessment; the server computes the scores */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    patientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description Default: today in Japan
                         */
                        assessedOn?: string;
                        /**
                         * Format: uuid
                         * @description An active physician or nurse of the facility; default: the caller
                         */
                        assessorId?: string;
                        /**
                         * Format: uuid
                         * @description A consultation of the same patient
                         */
                        consultationId?: string | null;
                        ecca?: {
                            grades: {
                                /** @description U-shaped atrophic, Ø 2–4 mm (boxcar): 0 none, 1 fewer than 5, 2 from 5 to 20, 3 more than 20 */
                                boxcar: number;
                                /** @description Hypertrophic inflammatory scars, < 1 year old: 0 none, 1 fewer than 5, 2 from 5 to 20, 3 more than 20 */
                                hypertrophicInflammatoryRecent: number;
                                /** @description V-shaped atrophic, Ø < 2 mm (icepick): 0 none, 1 fewer than 5, 2 from 5 to 20, 3 more than 20 */
                                icepick: number;
                                /** @description Keloid / hypertrophic scars, > 1 year old: 0 none, 1 fewer than 5, 2 from 5 to 20, 3 more than 20 */
                                keloidHypertrophicOld: number;
                                /** @description M-shaped atrophic, Ø > 4 mm, irregular (rolling): 0 none, 1 fewer than 5, 2 from 5 to 20, 3 more than 20 */
                                rolling: number;
                                /** @description Superficial elastolysis: 0 none, 1 fewer than 5, 2 from 5 to 20, 3 more than 20 */
                                superficialElastolysis: number;
                            };
                        } | null;
                        /** @description Goodman & Baron qualitative grade 1–4 */
                        goodmanQualitative?: number | null;
                        goodmanQuantitative?: {
                            /** @description Every lesion type, 0 when none */
                            counts: {
                                /** @description Deep broad atrophic areas: number of scars */
                                deepBroadAtrophic: number;
                                /** @description Linear or troughed dermal scarring: number of scars */
                                linearTroughed: number;
                                /** @description Macular erythematous or pigmented: number of scars */
                                macularErythematousOrPigmented: number;
                                /** @description Mildly atrophic dish-like: number of scars */
                                mildAtrophicDish: number;
                                /** @description Moderately atrophic dish-like: number of scars */
                                moderateAtrophicDish: number;
                                /** @description Papular: number of scars */
                                papular: number;
                                /** @description Punched-out, deep abnormal base (< 5 mm): number of scars */
                                punchedOutDeepAbnormalBase: number;
                                /** @description Punched-out, deep normal base (< 5 mm): number of scars */
                                punchedOutDeepNormalBase: number;
                                /** @description Punched-out, shallow base, small (< 5 mm): number of scars */
                                punchedOutShallowSmall: number;
                                /** @description Shallow but broad atrophic areas: number of scars */
                                shallowBroadAtrophic: number;
                            };
                            /** @description Keloidal/hypertrophic scars are scored by area (cm², up to two decimals) */
                            hypertrophicKeloidAreaCm2?: number | null;
                        } | null;
                        /** @description Scar counts by morphology (Jacob et al. 2001); any may be left out */
                        morphology?: {
                            boxcar?: number | null;
                            hypertrophic?: number | null;
                            icepick?: number | null;
                            rolling?: number | null;
                        } | null;
                        notes?: string | null;
                        patientRating?: {
                            /** @description 0–10: how much the scars bother the patient */
                            bother: number;
                            /** @description 0–10 */
                            satisfaction: number;
                        } | null;
                        /**
                         * @description Default 'whole_face'
                         * @enum {string}
                         */
                        region?: "whole_face" | "left" | "right" | "forehead" | "left_cheek" | "right_cheek" | "chin" | "other";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ScarAssessment"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patients/{patientId}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A patient's consents, newest first (logged) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    patientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["PatientConsent"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a signed consent: every scope answered, the signature, the document hash */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    patientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answers: components["schemas"]["ConsentAnswersInput"];
                        /**
                         * Format: date
                         * @description Default: today in Japan
                         */
                        consentedOn?: string;
                        /**
                         * @description The contentHash of the text shown to the patient; refused as DOCUMENT_CHANGED if not the published one
                         * @example 0000000000000000000000000000000000000000000000000000000000000000
                         */
                        documentHash: string;
                        /**
                         * Format: uuid
                         * @description A published edition of an active plan of this facility
                         */
                        documentId: string;
                        /**
                         * Format: uuid
                         * @description The physician who explained; default: the caller, when a physician
                         */
                        explainedBy?: string;
                        /** @description Each item the physician walked through; all are required */
                        explainedItems: ("therapy_content" | "effects_and_risks" | "alternatives" | "voluntary_participation" | "how_to_withdraw" | "privacy" | "costs" | "individual_variation" | "cells_and_samples" | "review_committee" | "contact_and_complaints")[];
                        signature: {
                            /** @description data:image/png;base64,… (drawn) or a PNG/JPEG scan of the signed paper form */
                            image: string;
                            /** @enum {string} */
                            method: "drawn" | "paper";
                        };
                        /**
                         * Format: uuid
                         * @description A member of staff who witnessed the signature
                         */
                        witnessId?: string | null;
                        /** @description Or a witness who is not staff, by name */
                        witnessName?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PatientConsent"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patients/{patientId}/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A patient's consultations, newest first, voided ones marked (logged) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    patientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Consultation"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a consultation: the physician's assessment and plan */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    patientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        acneHistory?: string | null;
                        /** @description null: not asked */
                        anticoagulants?: boolean | null;
                        chiefComplaint: string;
                        /**
                         * Format: date
                         * @description Default: today in Japan
                         */
                        consultedOn?: string;
                        findings?: string | null;
                        /** @description null: not asked */
                        isotretinoinWithin6Months?: boolean | null;
                        /** @description null: not asked */
                        keloidTendency?: boolean | null;
                        /**
                         * Format: date-time
                         * @description After the start of the consultation day
                         */
                        nextAppointmentAt?: string | null;
                        /**
                         * Format: uuid
                         * @description An active physician of the facility; default: the caller, when the caller is a physician
                         */
                        physicianId?: string;
                        /** @enum {string} */
                        plan: "prp" | "fibroblast" | "other" | "none";
                        planNotes?: string | null;
                        /** @enum {string|null} */
                        pregnancy?: "no" | "yes" | "possible" | "not_applicable" | null;
                        priorTreatments?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Consultation"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patients/{patientId}/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** May this procedure happen for this patient now? (active plan, consent in force; logged) */
        get: {
            parameters: {
                query: {
                    therapy: "fibroblast" | "prp";
                };
                header?: never;
                path: {
                    patientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Eligibility"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patients/{patientId}/photo-comparison": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Before and after of one view, side by side (logged) */
        get: {
            parameters: {
                query: {
                    /** @description The photo taken nearest on or before; default the latest */
                    after?: string;
                    /** @description The photo taken nearest on or before; default the first */
                    before?: string;
                    view: "front" | "left45" | "right45" | "left90" | "right90";
                };
                header?: never;
                path: {
                    patientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            after: components["schemas"]["Photo"] | null;
                            before: components["schemas"]["Photo"] | null;
                            /** @enum {string} */
                            view: "front" | "left45" | "right45" | "left90" | "right90";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patients/{patientId}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A patient's photos, newest first (logged, with the ids listed) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    /** @description Taken on or after */
                    from?: string;
                    includeVoided?: "true" | "false";
                    limit?: number;
                    /** @description Taken on or before */
                    to?: string;
                    view?: "front" | "left45" | "right45" | "left90" | "right90";
                };
                header?: never;
                path: {
                    patientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Photo"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Upload a clinical photo (multipart/form-data); location and camera data are stripped */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    patientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: uuid
                         * @description A scar assessment of the same patient
                         */
                        assessmentId?: string;
                        /**
                         * Format: uuid
                         * @description A consultation of the same patient
                         */
                        consultationId?: string;
                        /**
                         * Format: binary
                         * @description The photo: JPEG, PNG or WebP, told apart by content
                         */
                        file: string;
                        note?: string | null;
                        /**
                         * Format: date
                         * @description Default: today in Japan
                         */
                        takenOn?: string;
                        /** @enum {string} */
                        view: "front" | "left45" | "right45" | "left90" | "right90";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Photo"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patients/{patientId}/prp-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A patient's PRP sessions, newest first (logged) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    patientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["PrpSession"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Start a PRP session: passes the gate (CONSENT_REQUIRED, PLAN_INACTIVE, …) and keeps its plan and consent */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    patientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description Default: today in Japan
                         */
                        sessionOn?: string;
                        /**
                         * Format: uuid
                         * @description The nurse or physician at the chair; default: the caller
                         */
                        startedBy?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PrpSession"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patients/{patientId}/questionnaires": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A patient's questionnaires, newest first (logged); answers only with questionnaires:read */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    patientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Questionnaire"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Start a questionnaire for the patient on a published template */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    patientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        templateId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Questionnaire"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patients/{patientId}/score-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Scores over time for the chart, oldest first, voided assessments left out (logged) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    patientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ScoreHistory"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patients/recent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Today's and recent patients, newest day on record first (the list before a search) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /**
                                 * Format: date
                                 * @description The latest day registered or with a record
                                 */
                                lastSeenOn: string;
                                patient: components["schemas"]["Patient"];
                            }[];
                            /**
                             * Format: date
                             * @description Today in Japan: entries seen on it are today’s patients
                             */
                            today: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/photos/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One photo record (logged) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Photo"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/photos/{id}/image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The photo as stored, JPEG (each view logged); ETag is its SHA-256 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description JPEG bytes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": string;
                    };
                };
                /** @description The copy the client holds is current */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/photos/{id}/thumbnail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The 320 px thumbnail, JPEG (logged by the list that showed it) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description JPEG bytes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": string;
                    };
                };
                /** @description The copy the client holds is current */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/photos/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void a photo entered in error (reason required); the record and the image stay */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why the record is changed */
                        reason: string;
                        /** @description Refused as STALE_VERSION if outdated */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Photo"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The facility's provision plans, oldest first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    status?: "draft" | "active" | "suspended" | "ended";
                    therapy?: "fibroblast" | "prp";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ProvisionPlan"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Draft a provision plan */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        acceptedOn?: string | null;
                        committeeName?: string | null;
                        committeeNumber?: string | null;
                        /** @description Days between signing the consent and treatment the gate asks for (a warning; default 1) */
                        coolingOffDays?: number;
                        /** Format: uuid */
                        cpcFacilityId?: string | null;
                        cpcName?: string | null;
                        followUpSchedule?: components["schemas"]["FollowUpStepInput"][];
                        /** @description As issued on acceptance, e.g. PB3250067 (a format hint warns, never refuses) */
                        planNumber?: string | null;
                        releaseSpecification?: {
                            criterion: string;
                            max?: number | null;
                            min?: number | null;
                            /** @description sterility, endotoxin, mycoplasma, viability, … */
                            test: string;
                            unit?: string | null;
                        }[];
                        /** Format: uuid */
                        responsiblePhysicianId?: string | null;
                        riskClass: 1 | 2 | 3;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        submittedOn?: string | null;
                        /** @enum {string} */
                        therapy: "fibroblast" | "prp";
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProvisionPlan"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a provision plan */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProvisionPlan"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct a plan (with the reason); an ended plan is kept as it was */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        acceptedOn?: string | null;
                        committeeName?: string | null;
                        committeeNumber?: string | null;
                        /** @description Days between signing the consent and treatment the gate asks for (a warning; default 1) */
                        coolingOffDays?: number;
                        /** Format: uuid */
                        cpcFacilityId?: string | null;
                        cpcName?: string | null;
                        followUpSchedule?: components["schemas"]["FollowUpStepInput"][];
                        /** @description As issued on acceptance, e.g. PB3250067 (a format hint warns, never refuses) */
                        planNumber?: string | null;
                        /** @description Why the record is changed */
                        reason: string;
                        releaseSpecification?: {
                            criterion: string;
                            max?: number | null;
                            min?: number | null;
                            /** @description sterility, endotoxin, mycoplasma, viability, … */
                            test: string;
                            unit?: string | null;
                        }[];
                        /** Format: uuid */
                        responsiblePhysicianId?: string | null;
                        riskClass?: 1 | 2 | 3;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        submittedOn?: string | null;
                        title?: string;
                        /** @description The version the change is based on */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProvisionPlan"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/plans/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The plan's status changes, newest first, each with its reason */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["PlanStatusChange"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Activate (once accepted), suspend, resume or end a plan, with the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description The day it takes effect; today when not given
                         */
                        effectiveOn?: string;
                        /** @description Why the record is changed */
                        reason: string;
                        /** @enum {string} */
                        status: "active" | "suspended" | "ended";
                        /** @description The version the change is based on */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProvisionPlan"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/consent-documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every edition of the plan's explanation document, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ConsentDocument"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Draft the next edition (Markdown, with the checklist of required items) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bodyEn?: string | null;
                        bodyJa: string;
                        items?: components["schemas"]["ConsentItemSectionInput"][];
                        titleEn?: string | null;
                        titleJa: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConsentDocument"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/consent-documents/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The shipped explanation document for the plan's therapy, filled from the plan: the first edition's starting point */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    planId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConsentDocumentTemplate"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/postal-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The addresses a postal code names (one, or several to choose from); full-width digits and 〒 accepted */
        get: {
            parameters: {
                query: {
                    code: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PostalCodeAnswer"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prp-sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a PRP session with its derived figures (logged) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PrpSession"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prp-sessions/{id}/centrifugation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save the spins: rpm or g each, the other computed */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        device: string;
                        /** @description Required when the step was saved before or the session is completed */
                        reason?: string;
                        rotorRadiusCm: number;
                        spins: {
                            minutes: number;
                            rcfG?: number | null;
                            rpm?: number | null;
                            temperatureC?: number | null;
                        }[];
                        /** @description The version the change is based on */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PrpSession"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prp-sessions/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete the session: every step saved (SESSION_INCOMPLETE), the plan's follow-ups recorded with due dates */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A closing note on the session as a whole */
                        note?: string | null;
                        /** @description The version the change is based on */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PrpSession"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prp-sessions/{id}/draw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save the blood draw; kit and anticoagulant lots are consumed (LOT_EXPIRED, LOT_NOT_RELEASED, …) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description A released, unexpired supply lot: consumed once
                         */
                        anticoagulantLotId?: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant with offset
                         */
                        drawnAt: string;
                        /**
                         * Format: uuid
                         * @description The nurse or physician who drew; default: the caller
                         */
                        drawnBy?: string;
                        /**
                         * Format: uuid
                         * @description A released, unexpired supply lot: consumed once
                         */
                        kitLotId?: string | null;
                        /** @description Required when the step was saved before or the session is completed */
                        reason?: string;
                        tubes: number;
                        /** @description The version the change is based on */
                        version: number;
                        volumeMl: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PrpSession"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prp-sessions/{id}/injection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save the injection sites (physician); more than prepared is VOLUME_EXCEEDS_PREPARED */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description ISO 8601 instant with offset
                         */
                        injectedAt: string;
                        /**
                         * Format: uuid
                         * @description The physician who injected; default: the caller, when a physician
                         */
                        injectedBy?: string;
                        /** @description Required when the step was saved before or the session is completed */
                        reason?: string;
                        sites: components["schemas"]["PrpInjectionSiteInput"][];
                        /** @description The version the change is based on */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PrpSession"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prp-sessions/{id}/preparation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save the PRP obtained, the counts (concentration factor, PAW class) and the activation */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        activation: "none" | "calcium_chloride" | "thrombin";
                        prp?: components["schemas"]["PrpCellCountsInput"] | null;
                        prpVolumeMl: number;
                        /** @description Required when the step was saved before or the session is completed */
                        reason?: string;
                        /** @description The version the change is based on */
                        version: number;
                        wholeBlood?: components["schemas"]["PrpCellCountsInput"] | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PrpSession"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prp-sessions/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void a PRP session recorded in error */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why the record is changed */
                        reason: string;
                        /** @description Refused as STALE_VERSION if outdated */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PrpSession"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/questionnaire-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every edition of the facility's questionnaire forms, each form's newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["QuestionnaireTemplate"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Draft a new form (its first edition) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default [] */
                        questions?: components["schemas"]["QuestionInput"][];
                        /** @default null */
                        titleEn?: string | null;
                        titleJa: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["QuestionnaireTemplate"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/questionnaire-templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one edition */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["QuestionnaireTemplate"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a draft; a published edition is never changed */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        questions?: components["schemas"]["QuestionInput"][];
                        titleEn?: string | null;
                        titleJa?: string;
                        /** @description The version the change is based on */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["QuestionnaireTemplate"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/questionnaire-templates/{id}/editions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draft the next edition of this form, starting from these questions */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["QuestionnaireTemplate"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/questionnaire-templates/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a draft: fixed with its SHA-256; the edition published before it is retired */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description What this edition changed; "初版" for the first */
                        revisionNote: string;
                        /** @description The version the change is based on */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["QuestionnaireTemplate"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/questionnaire-templates/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start no new questionnaire on this edition; those begun on it can be finished */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why the record is changed */
                        reason: string;
                        /** @description The version the change is based on */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["QuestionnaireTemplate"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/questionnaire-templates/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Install the product’s questionnaire for these therapies as a draft (409 DEFAULT_TEMPLATE_INSTALLED once done) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["QuestionnaireTemplate"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/questionnaires/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a questionnaire (logged) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Questionnaire"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/questionnaires/{id}/handover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand this session to the patient as a tablet for this questionnaire (patient mode), returned with the PIN */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 4 to 8 digits */
                        pin: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            questionnaireId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/questionnaires/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Void a questionnaire started in error; it stays, marked voided */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why the record is changed */
                        reason: string;
                        /** @description Refused as STALE_VERSION if outdated */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Questionnaire"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether first-run setup is still needed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            needed: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        /** First run: create the clinic and its first administrator */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        admin: {
                            displayName: string;
                            login: string;
                            password: string;
                        };
                        clinic: {
                            address?: string;
                            name: string;
                            phone?: string;
                            postalCode?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            adminId: string;
                            /** Format: uuid */
                            clinicId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/site-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The before/after cases placed on the site, withdrawn ones included */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    /** @description Only this page’s cases */
                    pageId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SiteCase"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Place a before/after case on a treatment page or article (422 CASE_DETAIL_REQUIRED, PHOTO_NOT_OF_PATIENT, VIEWS_DIFFER; 409 ADVERTISING_CONSENT_REQUIRED without the patient’s photo_advertising consent in force) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Another photo of the patient, of the same view
                         */
                        afterPhotoId: string;
                        /** Format: uuid */
                        beforePhotoId: string;
                        /**
                         * @description What it cost
                         * @default
                         */
                        cost?: string;
                        /**
                         * Format: uuid
                         * @description A treatment page or article
                         */
                        pageId: string;
                        /** Format: uuid */
                        patientId: string;
                        /**
                         * @description Its period, e.g. 3か月
                         * @default
                         */
                        period?: string;
                        /**
                         * @description Its main risks and side effects
                         * @default
                         */
                        risks?: string;
                        /**
                         * @description Number of sessions
                         * @default null
                         */
                        sessions?: number | null;
                        /**
                         * @description The treatment given
                         * @default
                         */
                        treatment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SiteCase"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/site-cases/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take the case off the site, with the reason (it is kept) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why the record is changed */
                        reason: string;
                        /** @description The version the change is based on */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SiteCase"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This facility's active staff by name and role (a witness, the physician who explained) */
        get: {
            parameters: {
                query?: {
                    /** @description Only those holding this role */
                    role?: "admin" | "physician" | "nurse" | "technician" | "qa" | "reception";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["StaffMember"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/storage-places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Storage places by name, each with its latest temperature round */
        get: {
            parameters: {
                query?: {
                    status?: "active" | "retired";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["StoragePlace"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a storage place */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "fridge" | "freezer" | "room";
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoragePlace"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/storage-places/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One storage place */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoragePlace"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a storage place or change its kind */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind?: "fridge" | "freezer" | "room";
                        name?: string;
                        /** @description The version the change is based on */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoragePlace"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/storage-places/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire a storage place (its rounds stay) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why the record is changed */
                        reason: string;
                        /** @description The version the change is based on */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StoragePlace"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/storage-places/{id}/temperature-rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Temperature rounds of a place, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description Default: 30 days before to */
                    from?: string;
                    /** @description Default: today */
                    to?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["TemperatureRound"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a round: current, the day's min and max; a fridge outside 2–8 °C is flagged and needs the action taken */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description °C, one decimal kept */
                        currentC: number;
                        /** @description The day's maximum on the min/max thermometer */
                        maxC: number;
                        /** @description The day's minimum on the min/max thermometer */
                        minC: number;
                        /** @description Required when out of range: the action taken */
                        note?: string | null;
                        /**
                         * Format: date-time
                         * @description Default: now
                         */
                        takenAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TemperatureRound"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supply-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The facility's supply items, by name */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    kind?: "kit" | "drug" | "reagent" | "medium" | "consumable";
                    limit?: number;
                    /** @description Part of the name or maker */
                    q?: string;
                    status?: "active" | "retired";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SupplyItem"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a supply item */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 8, 12, 13 or 14 digits; the check digit is verified */
                        gtin?: string | null;
                        /** @enum {string} */
                        kind: "kit" | "drug" | "reagent" | "medium" | "consumable";
                        maker?: string | null;
                        name: string;
                        reorderLevel?: number | null;
                        /** @enum {string} */
                        storageCondition: "room" | "fridge_2_8" | "freezer_minus_20" | "freezer_minus_80" | "ln2";
                        /** @description What a quantity counts: kit, vial, mL, box */
                        unit: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplyItem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supply-items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One supply item */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplyItem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a supply item (not its unit once lots exist) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 8, 12, 13 or 14 digits; the check digit is verified */
                        gtin?: string | null;
                        /** @enum {string} */
                        kind?: "kit" | "drug" | "reagent" | "medium" | "consumable";
                        maker?: string | null;
                        name?: string;
                        reason?: string | null;
                        reorderLevel?: number | null;
                        /** @enum {string} */
                        storageCondition?: "room" | "fridge_2_8" | "freezer_minus_20" | "freezer_minus_80" | "ln2";
                        /** @description What a quantity counts: kit, vial, mL, box */
                        unit?: string;
                        /** @description The version the change is based on */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplyItem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/supply-items/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire an item: no new lots; its lots and their uses stay */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why the record is changed */
                        reason: string;
                        /** @description The version the change is based on */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplyItem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supply-items/below-reorder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active items whose usable stock is under their reorder level */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                item: components["schemas"]["SupplyItem"];
                                /** @description In quarantine, unexpired */
                                stockOnHold: number;
                                /** @description Released, unexpired */
                                usableStock: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supply-lots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lots, first to expire first */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    /** @description Lots with stock, not rejected, expiring within N days (expired ones included) */
                    expiringWithinDays?: number;
                    itemId?: string;
                    limit?: number;
                    status?: "quarantine" | "released" | "rejected";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SupplyLot"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Receive a lot (it waits in quarantine for QA) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        expiresOn: string;
                        /** Format: uuid */
                        itemId: string;
                        /** @description As on the label (GS1 AI 10: up to 20 characters) */
                        lotNumber: string;
                        note?: string | null;
                        quantityReceived: number;
                        /**
                         * Format: date
                         * @description Default: today in Japan
                         */
                        receivedOn?: string;
                        /** Format: uuid */
                        storagePlaceId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplyLot"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supply-lots/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One lot */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplyLot"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct a lot as received (with the reason) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        expiresOn?: string;
                        lotNumber?: string;
                        note?: string | null;
                        /** @description Why the record is changed */
                        reason: string;
                        /** Format: uuid */
                        storagePlaceId?: string | null;
                        /** @description The version the change is based on */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplyLot"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/supply-lots/{id}/certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The lot's certificate of analysis as uploaded */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "image/jpeg": string;
                        "image/png": string;
                    };
                };
            };
        };
        put?: never;
        /** Attach the certificate of analysis (multipart/form-data: PDF, PNG or JPEG, at most 10 MB) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description PDF, PNG or JPEG, told apart by content; at most 10 MB
                         */
                        file: string;
                        name?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplyLot"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supply-lots/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** QA rejects a lot (also a released one: a recall), with the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why the record is changed */
                        reason: string;
                        /** @description The version the change is based on */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplyLot"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supply-lots/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** QA releases a lot in quarantine for use */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string | null;
                        /** @description The version the change is based on */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplyLot"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supply-lots/{id}/stock-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a stock count: the counted quantity becomes the stock, with why */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        countedQuantity: number;
                        /** @description Why the record is changed */
                        reason: string;
                        /** @description The version the change is based on */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplyLot"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supply-lots/{id}/uses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which procedures used the lot, for which patients, newest first (logged) */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["SupplyLotUse"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supply-lots/scan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a scanned GS1 label (AIs 01, 10, 17; 11 and 21 read too): the item and the lot if known */
        get: {
            parameters: {
                query: {
                    /** @description What the scanner typed: a GS1 element string */
                    code: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplyScan"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tablet/questionnaire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The questionnaire this tablet was handed over for (patient mode only; logged) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TabletQuestionnaire"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tablet/questionnaire/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Save the answers of one screen (null clears one); answers the others now hide are dropped */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answers: components["schemas"]["AnswerEntryInput"][];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answers: components["schemas"]["Answers"];
                            answersSavedAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tablet/questionnaire/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign and submit: every shown required question answered (422 ANSWERS_INCOMPLETE naming each), then frozen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The signature canvas as a PNG data URL */
                        signature: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            progress: "in_progress" | "submitted";
                            submittedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tablet/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The member of staff takes the tablet back with their PIN (422 PIN_INCORRECT; the fifth wrong one ends the session, 429) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        pin: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List this facility's staff accounts, by login */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["User"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a staff account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName: string;
                        facilityIds: string[];
                        login: string;
                        password: string;
                        roles: ("admin" | "physician" | "nurse" | "technician" | "qa" | "reception")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a staff account */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change name, roles or facilities */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        facilityIds?: string[];
                        /** @description Why the record is changed */
                        reason: string;
                        roles?: ("admin" | "physician" | "nurse" | "technician" | "qa" | "reception")[];
                        /** @description The version the change is based on */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate (never delete); ends their sessions */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why the record is changed */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivate a deactivated account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why the record is changed */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a temporary password; the user must change it at next sign-in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        /** @description Why the record is changed */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/reset-totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Clear two-factor sign-in (lost phone) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why the record is changed */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AnswerEntry: {
            questionId: string;
            value: (boolean | number | string | string[]) | null;
        };
        AnswerEntryInput: {
            questionId: string;
            value: (boolean | number | string | string[]) | null;
        };
        /** @description By question id; a question not answered is left out */
        Answers: {
            [key: string]: boolean | number | string | string[];
        };
        /** @description By question id; a question not answered is left out */
        AnswersInput: {
            [key: string]: boolean | number | string | string[];
        };
        ApiToken: {
            createdAt: string;
            createdBy: string;
            /** Format: uuid */
            facilityId: string | null;
            /** Format: uuid */
            id: string;
            lastUsedAt: string | null;
            name: string;
            revokedAt: string | null;
            role: string;
        };
        ApiTokenInput: {
            createdAt: string;
            createdBy: string;
            /** Format: uuid */
            facilityId: string | null;
            /** Format: uuid */
            id: string;
            lastUsedAt: string | null;
            name: string;
            revokedAt: string | null;
            role: string;
        };
        ArticleComment: {
            /** @description The clinic's answer, published beneath the comment */
            answer: string | null;
            authorName: string;
            body: string;
            createdAt: string;
            /** @description For the clinic only: never published */
            email: string;
            /** Format: uuid */
            id: string;
            moderatedAt: string | null;
            /** Format: uuid */
            moderatedBy: string | null;
            /**
             * Format: uuid
             * @description The article it is under
             */
            pageId: string;
            rejectReason: string | null;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected";
            updatedAt: string;
            version: number;
        };
        ArticleCommentInput: {
            /** @description The clinic's answer, published beneath the comment */
            answer: string | null;
            authorName: string;
            body: string;
            createdAt: string;
            /** @description For the clinic only: never published */
            email: string;
            /** Format: uuid */
            id: string;
            moderatedAt: string | null;
            /** Format: uuid */
            moderatedBy: string | null;
            /**
             * Format: uuid
             * @description The article it is under
             */
            pageId: string;
            rejectReason: string | null;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected";
            updatedAt: string;
            version: number;
        };
        AuditChainVerification: {
            /** @description All breaks found */
            breakCount: number;
            /** @description The first 100 breaks, in seq order */
            breaks: {
                /** @description null for a removed anchored event */
                id: string | null;
                /**
                 * @description hash_mismatch: this event was edited; link_broken: an event before it was removed or moved; tail_removed: the anchored event is gone; tail_rewritten: it has another hash
                 * @enum {string}
                 */
                problem: "hash_mismatch" | "link_broken" | "tail_removed" | "tail_rewritten";
                seq: number;
            }[];
            /** @description Events whose hash and link were recomputed */
            checked: number;
            lastHash: string | null;
            /** @description The newest event checked: keep it as the anchor */
            lastSeq: number | null;
            ok: boolean;
        };
        AuditChainVerificationInput: {
            /** @description All breaks found */
            breakCount: number;
            /** @description The first 100 breaks, in seq order */
            breaks: {
                /** @description null for a removed anchored event */
                id: string | null;
                /**
                 * @description hash_mismatch: this event was edited; link_broken: an event before it was removed or moved; tail_removed: the anchored event is gone; tail_rewritten: it has another hash
                 * @enum {string}
                 */
                problem: "hash_mismatch" | "link_broken" | "tail_removed" | "tail_rewritten";
                seq: number;
            }[];
            /** @description Events whose hash and link were recomputed */
            checked: number;
            lastHash: string | null;
            /** @description The newest event checked: keep it as the anchor */
            lastSeq: number | null;
            ok: boolean;
        };
        AuditEvent: {
            action: string;
            actorId: string | null;
            actorLabel: string;
            actorType: string;
            /** @description Changed fields ({before, after}) and/or details; null for a plain read */
            changes: unknown;
            entityId: string | null;
            entityType: string;
            facilityId: string | null;
            id: string;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset
             */
            occurredAt: string;
            /** @description The patient's number and name, when a patient of the caller's facility */
            patient: {
                name: string;
                number: string;
            } | null;
            patientId: string | null;
            reason: string | null;
            requestId: string | null;
            seq: number;
        };
        AuditEventInput: {
            action: string;
            actorId: string | null;
            actorLabel: string;
            actorType: string;
            /** @description Changed fields ({before, after}) and/or details; null for a plain read */
            changes: unknown;
            entityId: string | null;
            entityType: string;
            facilityId: string | null;
            id: string;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset
             */
            occurredAt: string;
            /** @description The patient's number and name, when a patient of the caller's facility */
            patient: {
                name: string;
                number: string;
            } | null;
            patientId: string | null;
            reason: string | null;
            requestId: string | null;
            seq: number;
        };
        AuditVerification: {
            /** @description Events hashed so far */
            checked: number;
            expected: {
                hash: string;
                seq: number;
            } | null;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset
             */
            finishedAt: string | null;
            id: string;
            /** @description Once done */
            result: components["schemas"]["AuditChainVerification"] | null;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset
             */
            startedAt: string;
            /** @enum {string} */
            state: "running" | "done" | "failed";
            /** @description Events to check: the trail up to its newest event at the start */
            total: number;
        };
        AuditVerificationInput: {
            /** @description Events hashed so far */
            checked: number;
            expected: {
                hash: string;
                seq: number;
            } | null;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset
             */
            finishedAt: string | null;
            id: string;
            /** @description Once done */
            result: components["schemas"]["AuditChainVerificationInput"] | null;
            /**
             * Format: date-time
             * @description ISO 8601 instant with offset
             */
            startedAt: string;
            /** @enum {string} */
            state: "running" | "done" | "failed";
            /** @description Events to check: the trail up to its newest event at the start */
            total: number;
        };
        BackupStatus: {
            /** @description false: SAISEI_BACKUP_DIR is not set, the server takes no backups */
            configured: boolean;
            encrypted: boolean;
            everyHours: number;
            /** @description Generations kept */
            keep: number;
            latest: {
                /**
                 * Format: date-time
                 * @description ISO 8601 instant with offset
                 */
                at: string;
                error: string | null;
                file: string | null;
                photos: number | null;
                /** @enum {string} */
                result: "ok" | "failed";
                rows: number | null;
                /** @description Bytes */
                size: number | null;
            } | null;
            running: boolean;
        };
        BackupStatusInput: {
            /** @description false: SAISEI_BACKUP_DIR is not set, the server takes no backups */
            configured: boolean;
            encrypted: boolean;
            everyHours: number;
            /** @description Generations kept */
            keep: number;
            latest: {
                /**
                 * Format: date-time
                 * @description ISO 8601 instant with offset
                 */
                at: string;
                error: string | null;
                file: string | null;
                photos: number | null;
                /** @enum {string} */
                result: "ok" | "failed";
                rows: number | null;
                /** @description Bytes */
                size: number | null;
            } | null;
            running: boolean;
        };
        ChoiceOption: {
            /** @default null */
            labelEn: string | null;
            labelJa: string;
            value: string;
        };
        ChoiceOptionInput: {
            /** @default null */
            labelEn: string | null;
            labelJa: string;
            value: string;
        };
        ConsentAnswers: {
            /** @description Fibroblast: keep the cells for later; PRP: null */
            cellStorage: boolean | null;
            cellStorageYears: number | null;
            /** @description Contact for the follow-up the plan defines */
            followUpContact: boolean;
            /** @description Photos in academic presentations and papers, unidentifiable */
            photoAcademic: boolean;
            /** @description Photos on the public site and in advertising */
            photoAdvertising: boolean;
            /** @description Photos in the clinical record */
            photoClinical: boolean;
            /** @description Must be true: a consent record is consent to the treatment */
            treatment: boolean;
        };
        ConsentAnswersInput: {
            /** @description Fibroblast: keep the cells for later; PRP: null */
            cellStorage: boolean | null;
            cellStorageYears: number | null;
            /** @description Contact for the follow-up the plan defines */
            followUpContact: boolean;
            /** @description Photos in academic presentations and papers, unidentifiable */
            photoAcademic: boolean;
            /** @description Photos on the public site and in advertising */
            photoAdvertising: boolean;
            /** @description Photos in the clinical record */
            photoClinical: boolean;
            /** @description Must be true: a consent record is consent to the treatment */
            treatment: boolean;
        };
        ConsentDocument: {
            bodyEn: string | null;
            /** @description Markdown */
            bodyJa: string;
            /** @description SHA-256 of the published text (rules.documentHash) */
            contentHash: string | null;
            createdAt: string;
            /** @description 第N版: numbered per plan */
            edition: number;
            /** Format: uuid */
            id: string;
            items: {
                /** @enum {string} */
                item: "therapy_content" | "effects_and_risks" | "alternatives" | "voluntary_participation" | "how_to_withdraw" | "privacy" | "costs" | "individual_variation" | "cells_and_samples" | "review_committee" | "contact_and_complaints";
                section: string;
            }[];
            /** Format: uuid */
            planId: string;
            publishedAt: string | null;
            retiredReason: string | null;
            revisionNote: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "retired";
            titleEn: string | null;
            titleJa: string;
            updatedAt: string;
            version: number;
        };
        ConsentDocumentInput: {
            bodyEn: string | null;
            /** @description Markdown */
            bodyJa: string;
            /** @description SHA-256 of the published text (rules.documentHash) */
            contentHash: string | null;
            createdAt: string;
            /** @description 第N版: numbered per plan */
            edition: number;
            /** Format: uuid */
            id: string;
            items: {
                /** @enum {string} */
                item: "therapy_content" | "effects_and_risks" | "alternatives" | "voluntary_participation" | "how_to_withdraw" | "privacy" | "costs" | "individual_variation" | "cells_and_samples" | "review_committee" | "contact_and_complaints";
                section: string;
            }[];
            /** Format: uuid */
            planId: string;
            publishedAt: string | null;
            retiredReason: string | null;
            revisionNote: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "retired";
            titleEn: string | null;
            titleJa: string;
            updatedAt: string;
            version: number;
        };
        ConsentDocumentTemplate: {
            /** @description Markdown, with 「［要記入：…］」 where only the clinic knows what to write */
            bodyJa: string;
            items: {
                /** @enum {string} */
                item: "therapy_content" | "effects_and_risks" | "alternatives" | "voluntary_participation" | "how_to_withdraw" | "privacy" | "costs" | "individual_variation" | "cells_and_samples" | "review_committee" | "contact_and_complaints";
                section: string;
            }[];
            titleJa: string;
        };
        ConsentDocumentTemplateInput: {
            /** @description Markdown, with 「［要記入：…］」 where only the clinic knows what to write */
            bodyJa: string;
            items: {
                /** @enum {string} */
                item: "therapy_content" | "effects_and_risks" | "alternatives" | "voluntary_participation" | "how_to_withdraw" | "privacy" | "costs" | "individual_variation" | "cells_and_samples" | "review_committee" | "contact_and_complaints";
                section: string;
            }[];
            titleJa: string;
        };
        ConsentItemSection: {
            /** @enum {string} */
            item: "therapy_content" | "effects_and_risks" | "alternatives" | "voluntary_participation" | "how_to_withdraw" | "privacy" | "costs" | "individual_variation" | "cells_and_samples" | "review_committee" | "contact_and_complaints";
            /** @description The heading in the Japanese text that explains it */
            section: string;
        };
        ConsentItemSectionInput: {
            /** @enum {string} */
            item: "therapy_content" | "effects_and_risks" | "alternatives" | "voluntary_participation" | "how_to_withdraw" | "privacy" | "costs" | "individual_variation" | "cells_and_samples" | "review_committee" | "contact_and_complaints";
            /** @description The heading in the Japanese text that explains it */
            section: string;
        };
        ConsentWithdrawal: {
            /** Format: uuid */
            consentId: string;
            /** @enum {string|null} */
            defaultLotDecision: "dispose" | "keep_until_term_ends" | null;
            /** Format: uuid */
            id: string;
            lotDecisions: {
                /** @enum {string} */
                decision: "dispose" | "keep_until_term_ends";
                lotNumber: string;
            }[];
            reason: string | null;
            recordedAt: string;
            /** Format: uuid */
            recordedBy: string | null;
            scopes: ("treatment" | "cell_storage" | "photo_clinical" | "photo_academic" | "photo_advertising" | "follow_up_contact")[];
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            withdrawnOn: string;
        };
        ConsentWithdrawalInput: {
            /** Format: uuid */
            consentId: string;
            /** @enum {string|null} */
            defaultLotDecision: "dispose" | "keep_until_term_ends" | null;
            /** Format: uuid */
            id: string;
            lotDecisions: {
                /** @enum {string} */
                decision: "dispose" | "keep_until_term_ends";
                lotNumber: string;
            }[];
            reason: string | null;
            recordedAt: string;
            /** Format: uuid */
            recordedBy: string | null;
            scopes: ("treatment" | "cell_storage" | "photo_clinical" | "photo_academic" | "photo_advertising" | "follow_up_contact")[];
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            withdrawnOn: string;
        };
        Consultation: {
            acneHistory: string | null;
            /** @description null: not asked */
            anticoagulants: boolean | null;
            chiefComplaint: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            consultedOn: string;
            createdAt: string;
            /** Format: uuid */
            facilityId: string;
            findings: string | null;
            /** Format: uuid */
            id: string;
            /** @description null: not asked */
            isotretinoinWithin6Months: boolean | null;
            /** @description null: not asked */
            keloidTendency: boolean | null;
            nextAppointmentAt: string | null;
            /** Format: uuid */
            patientId: string;
            /** Format: uuid */
            physicianId: string;
            physicianName: string;
            /** @enum {string} */
            plan: "prp" | "fibroblast" | "other" | "none";
            planNotes: string | null;
            /** @enum {string|null} */
            pregnancy: "no" | "yes" | "possible" | "not_applicable" | null;
            priorTreatments: string | null;
            /**
             * @description A record entered in error is voided, never deleted
             * @enum {string}
             */
            status: "recorded" | "voided";
            updatedAt: string;
            /** @description Send it back with a correction; an outdated one is STALE_VERSION */
            version: number;
            voidReason: string | null;
            /** @description Cautions for the physician about the plan; the consultation is recorded all the same */
            warnings: components["schemas"]["ConsultationWarning"][];
        };
        ConsultationInput: {
            acneHistory: string | null;
            /** @description null: not asked */
            anticoagulants: boolean | null;
            chiefComplaint: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            consultedOn: string;
            createdAt: string;
            /** Format: uuid */
            facilityId: string;
            findings: string | null;
            /** Format: uuid */
            id: string;
            /** @description null: not asked */
            isotretinoinWithin6Months: boolean | null;
            /** @description null: not asked */
            keloidTendency: boolean | null;
            nextAppointmentAt: string | null;
            /** Format: uuid */
            patientId: string;
            /** Format: uuid */
            physicianId: string;
            physicianName: string;
            /** @enum {string} */
            plan: "prp" | "fibroblast" | "other" | "none";
            planNotes: string | null;
            /** @enum {string|null} */
            pregnancy: "no" | "yes" | "possible" | "not_applicable" | null;
            priorTreatments: string | null;
            /**
             * @description A record entered in error is voided, never deleted
             * @enum {string}
             */
            status: "recorded" | "voided";
            updatedAt: string;
            /** @description Send it back with a correction; an outdated one is STALE_VERSION */
            version: number;
            voidReason: string | null;
            /** @description Cautions for the physician about the plan; the consultation is recorded all the same */
            warnings: components["schemas"]["ConsultationWarningInput"][];
        };
        ConsultationWarning: {
            /** @enum {string} */
            code: "ISOTRETINOIN_RECENT" | "PREGNANCY" | "KELOID_TENDENCY";
            message: string;
        };
        ConsultationWarningInput: {
            /** @enum {string} */
            code: "ISOTRETINOIN_RECENT" | "PREGNANCY" | "KELOID_TENDENCY";
            message: string;
        };
        Eligibility: {
            /** Format: uuid */
            consentId: string | null;
            eligible: boolean;
            /** Format: uuid */
            planId: string | null;
            /** @description Why not: the same codes a procedure is refused with (409) */
            reasons: {
                /** @enum {string} */
                code: "PATIENT_MERGED" | "PLAN_INACTIVE" | "CONSENT_REQUIRED" | "CONSENT_WITHDRAWN";
                /** Format: uuid */
                consentId?: string;
                message: string;
                /** Format: uuid */
                planId?: string;
            }[];
            /** @enum {string} */
            therapy: "fibroblast" | "prp";
            /** @description Eligible, but: inside the days the plan asks between consent and treatment */
            warnings: {
                /** @enum {string} */
                code: "COOLING_OFF";
                /** Format: uuid */
                consentId: string;
                message: string;
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                until: string;
            }[];
        };
        EligibilityInput: {
            /** Format: uuid */
            consentId: string | null;
            eligible: boolean;
            /** Format: uuid */
            planId: string | null;
            /** @description Why not: the same codes a procedure is refused with (409) */
            reasons: {
                /** @enum {string} */
                code: "PATIENT_MERGED" | "PLAN_INACTIVE" | "CONSENT_REQUIRED" | "CONSENT_WITHDRAWN";
                /** Format: uuid */
                consentId?: string;
                message: string;
                /** Format: uuid */
                planId?: string;
            }[];
            /** @enum {string} */
            therapy: "fibroblast" | "prp";
            /** @description Eligible, but: inside the days the plan asks between consent and treatment */
            warnings: {
                /** @enum {string} */
                code: "COOLING_OFF";
                /** Format: uuid */
                consentId: string;
                message: string;
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                until: string;
            }[];
        };
        Facility: {
            address: string | null;
            administratorName: string | null;
            createdAt: string;
            /** Format: uuid */
            id: string;
            isbt128Fin: string | null;
            /** @enum {string} */
            kind: "clinic" | "cpc";
            name: string;
            nameKana: string | null;
            phone: string | null;
            planNumbers: string[];
            postalCode: string | null;
            registrationNumber: string | null;
            updatedAt: string;
            version: number;
        };
        FacilityInput: {
            address: string | null;
            administratorName: string | null;
            createdAt: string;
            /** Format: uuid */
            id: string;
            isbt128Fin: string | null;
            /** @enum {string} */
            kind: "clinic" | "cpc";
            name: string;
            nameKana: string | null;
            phone: string | null;
            planNumbers: string[];
            postalCode: string | null;
            registrationNumber: string | null;
            updatedAt: string;
            version: number;
        };
        FollowUpStep: {
            afterDays: number;
            /** @enum {string} */
            anchor: "each_session" | "last_session";
            /** @enum {string} */
            contact: "call" | "visit";
            label: string;
        };
        FollowUpStepInput: {
            afterDays: number;
            /** @enum {string} */
            anchor: "each_session" | "last_session";
            /** @enum {string} */
            contact: "call" | "visit";
            label: string;
        };
        Inquiry: {
            createdAt: string;
            email: string;
            /** Format: uuid */
            id: string;
            message: string;
            name: string;
            nameKana: string;
            /**
             * Format: uuid
             * @description Set once the inquiry became a patient
             */
            patientId: string | null;
            phone: string | null;
            /** @enum {string} */
            preferredContact: "email" | "phone" | "either";
            preferredTimes: string | null;
            /** @enum {string} */
            status: "new" | "contacted" | "booked" | "closed";
            /** @enum {string} */
            therapy: "fibroblast" | "prp" | "undecided";
            updatedAt: string;
            version: number;
        };
        InquiryInput: {
            createdAt: string;
            email: string;
            /** Format: uuid */
            id: string;
            message: string;
            name: string;
            nameKana: string;
            /**
             * Format: uuid
             * @description Set once the inquiry became a patient
             */
            patientId: string | null;
            phone: string | null;
            /** @enum {string} */
            preferredContact: "email" | "phone" | "either";
            preferredTimes: string | null;
            /** @enum {string} */
            status: "new" | "contacted" | "booked" | "closed";
            /** @enum {string} */
            therapy: "fibroblast" | "prp" | "undecided";
            updatedAt: string;
            version: number;
        };
        InquiryWithNotes: {
            createdAt: string;
            email: string;
            /** Format: uuid */
            id: string;
            message: string;
            name: string;
            nameKana: string;
            notes: {
                body: string;
                /** Format: uuid */
                id: string;
                writtenAt: string;
                /** Format: uuid */
                writtenBy: string | null;
            }[];
            /**
             * Format: uuid
             * @description Set once the inquiry became a patient
             */
            patientId: string | null;
            phone: string | null;
            /** @enum {string} */
            preferredContact: "email" | "phone" | "either";
            preferredTimes: string | null;
            /** @enum {string} */
            status: "new" | "contacted" | "booked" | "closed";
            /** @enum {string} */
            therapy: "fibroblast" | "prp" | "undecided";
            updatedAt: string;
            version: number;
        };
        InquiryWithNotesInput: {
            createdAt: string;
            email: string;
            /** Format: uuid */
            id: string;
            message: string;
            name: string;
            nameKana: string;
            notes: {
                body: string;
                /** Format: uuid */
                id: string;
                writtenAt: string;
                /** Format: uuid */
                writtenBy: string | null;
            }[];
            /**
             * Format: uuid
             * @description Set once the inquiry became a patient
             */
            patientId: string | null;
            phone: string | null;
            /** @enum {string} */
            preferredContact: "email" | "phone" | "either";
            preferredTimes: string | null;
            /** @enum {string} */
            status: "new" | "contacted" | "booked" | "closed";
            /** @enum {string} */
            therapy: "fibroblast" | "prp" | "undecided";
            updatedAt: string;
            version: number;
        };
        Me: {
            /** @description Send as x-csrf-token on every POST, PATCH, PUT and DELETE */
            csrfToken: string;
            displayName: string;
            facilities: {
                /** Format: uuid */
                id: string;
                kind: string;
                name: string;
            }[];
            /** Format: uuid */
            facilityId: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            language: "ja" | "en";
            /** @description Limits the client checks before sending */
            limits: {
                /** @description The largest photo file accepted, in MB */
                photoMaxMb: number;
            };
            login: string;
            /** @description Set while this session is a tablet handed to a patient: show only the questionnaire */
            patientMode: {
                /** Format: uuid */
                questionnaireId: string;
            } | null;
            /** @enum {string|null} */
            pending: "totp_enrolment" | "password_change" | null;
            permissions: ("facilities:read" | "facilities:manage" | "users:manage" | "tokens:manage" | "audit:read" | "backups:manage" | "patients:read" | "patients:write" | "clinical:read" | "clinical:write" | "plans:read" | "plans:manage" | "consents:read" | "consents:write" | "questionnaires:read" | "questionnaires:write" | "supplies:read" | "supplies:write" | "supplies:release" | "site:manage" | "inquiries:manage")[];
            roles: string[];
            /** @description When the session ends in any case */
            sessionExpiresAt: string | null;
            /** @description The session ends after this long without a request */
            sessionIdleMinutes: number;
            totpEnabled: boolean;
            totpRequired: boolean;
        };
        MeInput: {
            /** @description Send as x-csrf-token on every POST, PATCH, PUT and DELETE */
            csrfToken: string;
            displayName: string;
            facilities: {
                /** Format: uuid */
                id: string;
                kind: string;
                name: string;
            }[];
            /** Format: uuid */
            facilityId: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            language: "ja" | "en";
            /** @description Limits the client checks before sending */
            limits: {
                /** @description The largest photo file accepted, in MB */
                photoMaxMb: number;
            };
            login: string;
            /** @description Set while this session is a tablet handed to a patient: show only the questionnaire */
            patientMode: {
                /** Format: uuid */
                questionnaireId: string;
            } | null;
            /** @enum {string|null} */
            pending: "totp_enrolment" | "password_change" | null;
            permissions: ("facilities:read" | "facilities:manage" | "users:manage" | "tokens:manage" | "audit:read" | "backups:manage" | "patients:read" | "patients:write" | "clinical:read" | "clinical:write" | "plans:read" | "plans:manage" | "consents:read" | "consents:write" | "questionnaires:read" | "questionnaires:write" | "supplies:read" | "supplies:write" | "supplies:release" | "site:manage" | "inquiries:manage")[];
            roles: string[];
            /** @description When the session ends in any case */
            sessionExpiresAt: string | null;
            /** @description The session ends after this long without a request */
            sessionIdleMinutes: number;
            totpEnabled: boolean;
            totpRequired: boolean;
        };
        Patient: {
            address: string | null;
            allergies: string | null;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            birthDate: string;
            createdAt: string;
            email: string | null;
            /** Format: uuid */
            facilityId: string;
            familyName: string;
            familyNameKana: string;
            familyNameRomaji: string | null;
            givenName: string;
            givenNameKana: string;
            givenNameRomaji: string | null;
            /** Format: uuid */
            id: string;
            medications: string | null;
            /** Format: uuid */
            mergedIntoId: string | null;
            notes: string | null;
            /** @description Clinic-unique, readable: P-000123 */
            patientNumber: string;
            phone: string | null;
            postalCode: string | null;
            /** @enum {string} */
            sex: "female" | "male" | "other" | "unknown";
            /** @enum {string} */
            status: "active" | "merged";
            updatedAt: string;
            version: number;
        };
        PatientConsent: {
            /** @description Fibroblast: keep the cells for later; PRP: null */
            cellStorage: boolean | null;
            cellStorageYears: number | null;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            consentedOn: string;
            createdAt: string;
            /** @description SHA-256 of the edition as signed (equal to its contentHash, forever) */
            documentHash: string;
            /** Format: uuid */
            documentId: string;
            /** Format: uuid */
            explainedBy: string;
            explainedByName: string;
            explainedItems: string[];
            /** Format: uuid */
            facilityId: string;
            /** @description Contact for the follow-up the plan defines */
            followUpContact: boolean;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            patientId: string;
            /** @description Photos in academic presentations and papers, unidentifiable */
            photoAcademic: boolean;
            /** @description Photos on the public site and in advertising */
            photoAdvertising: boolean;
            /** @description Photos in the clinical record */
            photoClinical: boolean;
            /** Format: uuid */
            planId: string;
            /** @description Agreed and not withdrawn */
            scopesInForce: ("treatment" | "cell_storage" | "photo_clinical" | "photo_academic" | "photo_advertising" | "follow_up_contact")[];
            /** @enum {string} */
            signatureMethod: "drawn" | "paper";
            signedAt: string;
            /**
             * @description A record entered in error is voided, never deleted
             * @enum {string}
             */
            status: "recorded" | "voided";
            /** @description Must be true: a consent record is consent to the treatment */
            treatment: boolean;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            treatmentWithdrawnOn: string | null;
            updatedAt: string;
            /** @description Send it back with a correction; an outdated one is STALE_VERSION */
            version: number;
            voidReason: string | null;
            withdrawnScopes: ("treatment" | "cell_storage" | "photo_clinical" | "photo_academic" | "photo_advertising" | "follow_up_contact")[];
            /** Format: uuid */
            witnessId: string | null;
            witnessName: string | null;
        };
        PatientConsentInput: {
            /** @description Fibroblast: keep the cells for later; PRP: null */
            cellStorage: boolean | null;
            cellStorageYears: number | null;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            consentedOn: string;
            createdAt: string;
            /** @description SHA-256 of the edition as signed (equal to its contentHash, forever) */
            documentHash: string;
            /** Format: uuid */
            documentId: string;
            /** Format: uuid */
            explainedBy: string;
            explainedByName: string;
            explainedItems: string[];
            /** Format: uuid */
            facilityId: string;
            /** @description Contact for the follow-up the plan defines */
            followUpContact: boolean;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            patientId: string;
            /** @description Photos in academic presentations and papers, unidentifiable */
            photoAcademic: boolean;
            /** @description Photos on the public site and in advertising */
            photoAdvertising: boolean;
            /** @description Photos in the clinical record */
            photoClinical: boolean;
            /** Format: uuid */
            planId: string;
            /** @description Agreed and not withdrawn */
            scopesInForce: ("treatment" | "cell_storage" | "photo_clinical" | "photo_academic" | "photo_advertising" | "follow_up_contact")[];
            /** @enum {string} */
            signatureMethod: "drawn" | "paper";
            signedAt: string;
            /**
             * @description A record entered in error is voided, never deleted
             * @enum {string}
             */
            status: "recorded" | "voided";
            /** @description Must be true: a consent record is consent to the treatment */
            treatment: boolean;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            treatmentWithdrawnOn: string | null;
            updatedAt: string;
            /** @description Send it back with a correction; an outdated one is STALE_VERSION */
            version: number;
            voidReason: string | null;
            withdrawnScopes: ("treatment" | "cell_storage" | "photo_clinical" | "photo_academic" | "photo_advertising" | "follow_up_contact")[];
            /** Format: uuid */
            witnessId: string | null;
            witnessName: string | null;
        };
        PatientInput: {
            address: string | null;
            allergies: string | null;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            birthDate: string;
            createdAt: string;
            email: string | null;
            /** Format: uuid */
            facilityId: string;
            familyName: string;
            familyNameKana: string;
            familyNameRomaji: string | null;
            givenName: string;
            givenNameKana: string;
            givenNameRomaji: string | null;
            /** Format: uuid */
            id: string;
            medications: string | null;
            /** Format: uuid */
            mergedIntoId: string | null;
            notes: string | null;
            /** @description Clinic-unique, readable: P-000123 */
            patientNumber: string;
            phone: string | null;
            postalCode: string | null;
            /** @enum {string} */
            sex: "female" | "male" | "other" | "unknown";
            /** @enum {string} */
            status: "active" | "merged";
            updatedAt: string;
            version: number;
        };
        Photo: {
            /** Format: uuid */
            assessmentId: string | null;
            byteSize: number;
            /** Format: uuid */
            consultationId: string | null;
            /** @description SHA-256 of the stored image; also its ETag */
            contentHash: string;
            createdAt: string;
            /** Format: uuid */
            facilityId: string;
            height: number;
            /** Format: uuid */
            id: string;
            imageUrl: string;
            /** @description Always image/jpeg: every upload is re-encoded */
            mimeType: string;
            note: string | null;
            /** Format: uuid */
            patientId: string;
            /**
             * @description A record entered in error is voided, never deleted
             * @enum {string}
             */
            status: "recorded" | "voided";
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            takenOn: string;
            thumbnailHash: string;
            thumbnailUrl: string;
            updatedAt: string;
            /** Format: uuid */
            uploadedBy: string;
            /** @description Send it back with a correction; an outdated one is STALE_VERSION */
            version: number;
            /** @enum {string} */
            view: "front" | "left45" | "right45" | "left90" | "right90";
            voidReason: string | null;
            width: number;
        };
        PhotoInput: {
            /** Format: uuid */
            assessmentId: string | null;
            byteSize: number;
            /** Format: uuid */
            consultationId: string | null;
            /** @description SHA-256 of the stored image; also its ETag */
            contentHash: string;
            createdAt: string;
            /** Format: uuid */
            facilityId: string;
            height: number;
            /** Format: uuid */
            id: string;
            imageUrl: string;
            /** @description Always image/jpeg: every upload is re-encoded */
            mimeType: string;
            note: string | null;
            /** Format: uuid */
            patientId: string;
            /**
             * @description A record entered in error is voided, never deleted
             * @enum {string}
             */
            status: "recorded" | "voided";
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            takenOn: string;
            thumbnailHash: string;
            thumbnailUrl: string;
            updatedAt: string;
            /** Format: uuid */
            uploadedBy: string;
            /** @description Send it back with a correction; an outdated one is STALE_VERSION */
            version: number;
            /** @enum {string} */
            view: "front" | "left45" | "right45" | "left90" | "right90";
            voidReason: string | null;
            width: number;
        };
        PlanStatusChange: {
            changedAt: string;
            /** Format: uuid */
            changedBy: string | null;
            changedByName: string | null;
            effectiveOn: string;
            /** @enum {string|null} */
            fromStatus: "draft" | "active" | "suspended" | "ended" | null;
            /** Format: uuid */
            id: string;
            reason: string;
            /** @enum {string} */
            toStatus: "draft" | "active" | "suspended" | "ended";
        };
        PlanStatusChangeInput: {
            changedAt: string;
            /** Format: uuid */
            changedBy: string | null;
            changedByName: string | null;
            effectiveOn: string;
            /** @enum {string|null} */
            fromStatus: "draft" | "active" | "suspended" | "ended" | null;
            /** Format: uuid */
            id: string;
            reason: string;
            /** @enum {string} */
            toStatus: "draft" | "active" | "suspended" | "ended";
        };
        PostalAddress: {
            /** @description 市区町村 (郡 and 区 included) */
            city: string;
            /** @description 都道府県 */
            prefecture: string;
            /** @description 町域; empty when the code covers the whole city */
            town: string;
        };
        PostalAddressInput: {
            /** @description 市区町村 (郡 and 区 included) */
            city: string;
            /** @description 都道府県 */
            prefecture: string;
            /** @description 町域; empty when the code covers the whole city */
            town: string;
        };
        PostalCodeAnswer: {
            addresses: components["schemas"]["PostalAddress"][];
            /** @description As stored: 123-4567 */
            postalCode: string;
        };
        PostalCodeAnswerInput: {
            addresses: components["schemas"]["PostalAddressInput"][];
            /** @description As stored: 123-4567 */
            postalCode: string;
        };
        ProvisionPlan: {
            acceptedOn: string | null;
            committeeName: string | null;
            committeeNumber: string | null;
            coolingOffDays: number;
            /** Format: uuid */
            cpcFacilityId: string | null;
            cpcName: string | null;
            createdAt: string;
            followUpSchedule: components["schemas"]["FollowUpStep"][];
            /** Format: uuid */
            id: string;
            /** @description The public licence line (受理, never 承認); null until the plan is active with its number */
            licenseText: {
                en: string;
                ja: string;
            } | null;
            planNumber: string | null;
            releaseSpecification: components["schemas"]["ReleaseCriterion"][];
            /** Format: uuid */
            responsiblePhysicianId: string | null;
            riskClass: number;
            /** @enum {string} */
            status: "draft" | "active" | "suspended" | "ended";
            submittedOn: string | null;
            /** @enum {string} */
            therapy: "fibroblast" | "prp";
            title: string;
            updatedAt: string;
            version: number;
            /** @description Never refusals: a format or class that deserves a second look */
            warnings: {
                code: string;
                message: string;
                path: string;
            }[];
        };
        ProvisionPlanInput: {
            acceptedOn: string | null;
            committeeName: string | null;
            committeeNumber: string | null;
            coolingOffDays: number;
            /** Format: uuid */
            cpcFacilityId: string | null;
            cpcName: string | null;
            createdAt: string;
            followUpSchedule: components["schemas"]["FollowUpStepInput"][];
            /** Format: uuid */
            id: string;
            /** @description The public licence line (受理, never 承認); null until the plan is active with its number */
            licenseText: {
                en: string;
                ja: string;
            } | null;
            planNumber: string | null;
            releaseSpecification: components["schemas"]["ReleaseCriterionInput"][];
            /** Format: uuid */
            responsiblePhysicianId: string | null;
            riskClass: number;
            /** @enum {string} */
            status: "draft" | "active" | "suspended" | "ended";
            submittedOn: string | null;
            /** @enum {string} */
            therapy: "fibroblast" | "prp";
            title: string;
            updatedAt: string;
            version: number;
            /** @description Never refusals: a format or class that deserves a second look */
            warnings: {
                code: string;
                message: string;
                path: string;
            }[];
        };
        /** @description Cells per µL, each optional */
        PrpCellCounts: {
            leukocytesPerUl?: number | null;
            neutrophilsPerUl?: number | null;
            plateletsPerUl?: number | null;
        };
        /** @description Cells per µL, each optional */
        PrpCellCountsInput: {
            leukocytesPerUl?: number | null;
            neutrophilsPerUl?: number | null;
            plateletsPerUl?: number | null;
        };
        PrpInjectionSite: {
            /** @enum {string} */
            region: "forehead" | "temple_left" | "temple_right" | "cheek_left" | "cheek_right" | "nose" | "chin" | "jawline_left" | "jawline_right";
            /** @enum {string} */
            technique: "needle" | "cannula" | "needle_with_microneedling";
            volumeMl: number;
        };
        PrpInjectionSiteInput: {
            /** @enum {string} */
            region: "forehead" | "temple_left" | "temple_right" | "cheek_left" | "cheek_right" | "nose" | "chin" | "jawline_left" | "jawline_right";
            /** @enum {string} */
            technique: "needle" | "cannula" | "needle_with_microneedling";
            volumeMl: number;
        };
        PrpSession: {
            /** Format: uuid */
            anticoagulantLotId: string | null;
            centrifugation: {
                device: string;
                /** @description Who saved the step, and when */
                recorded: {
                    at: string;
                    by: string;
                    byName: string;
                };
                rotorRadiusCm: number;
                spins: {
                    /** @enum {string} */
                    entered: "rpm" | "rcfG";
                    minutes: number;
                    rcfG: number;
                    rpm: number;
                    temperatureC: number | null;
                }[];
            } | null;
            completedAt: string | null;
            completionNote: string | null;
            /**
             * Format: uuid
             * @description The consent the gate answered
             */
            consentId: string;
            createdAt: string;
            derived: {
                /** @description PRP ÷ whole-blood platelets */
                concentrationFactor: number | null;
                /** @description SAISEI_PRP_DRAW_TO_INJECTION_MINUTES */
                drawToInjectionLimitMinutes: number;
                drawToInjectionMinutes: number | null;
                drawToInjectionOverLimit: boolean;
                injectedTotalMl: number | null;
                /** @description DeLong 2012, e.g. P3-x-Bβ */
                pawClass: string | null;
            };
            draw: {
                anticoagulantLotId: string | null;
                drawnAt: string;
                drawnBy: string;
                drawnByName: string;
                kitLotId: string | null;
                /** @description Who saved the step, and when */
                recorded: {
                    at: string;
                    by: string;
                    byName: string;
                };
                tubes: number;
                volumeMl: number;
            } | null;
            /** Format: uuid */
            facilityId: string;
            /** @description The plan's follow-ups with their due dates, recorded at completion */
            followUps: {
                afterDays: number;
                /** @enum {string} */
                anchor: "each_session" | "last_session";
                /** @enum {string} */
                contact: "call" | "visit";
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                dueOn: string;
                label: string;
            }[] | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            injectedBy: string | null;
            injection: {
                injectedAt: string;
                injectedBy: string;
                injectedByName: string;
                /** @description Who saved the step, and when */
                recorded: {
                    at: string;
                    by: string;
                    byName: string;
                };
                sites: {
                    /** @enum {string} */
                    region: "forehead" | "temple_left" | "temple_right" | "cheek_left" | "cheek_right" | "nose" | "chin" | "jawline_left" | "jawline_right";
                    /** @enum {string} */
                    technique: "needle" | "cannula" | "needle_with_microneedling";
                    volumeMl: number;
                }[];
            } | null;
            /** Format: uuid */
            kitLotId: string | null;
            /**
             * @description Where the tablet resumes
             * @enum {string|null}
             */
            nextStep: "draw" | "centrifugation" | "preparation" | "injection" | "complete" | null;
            /** Format: uuid */
            patientId: string;
            /**
             * Format: uuid
             * @description The plan the gate answered
             */
            planId: string;
            preparation: {
                /** @enum {string} */
                activation: "none" | "calcium_chloride" | "thrombin";
                prp: {
                    leukocytesPerUl?: number | null;
                    neutrophilsPerUl?: number | null;
                    plateletsPerUl?: number | null;
                } | null;
                prpVolumeMl: number;
                /** @description Who saved the step, and when */
                recorded: {
                    at: string;
                    by: string;
                    byName: string;
                };
                wholeBlood: {
                    leukocytesPerUl?: number | null;
                    neutrophilsPerUl?: number | null;
                    plateletsPerUl?: number | null;
                } | null;
            } | null;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            sessionOn: string;
            /** @enum {string} */
            stage: "open" | "completed";
            /** Format: uuid */
            startedBy: string;
            startedByName: string;
            /**
             * @description A record entered in error is voided, never deleted
             * @enum {string}
             */
            status: "recorded" | "voided";
            updatedAt: string;
            /** @description Send it back with a correction; an outdated one is STALE_VERSION */
            version: number;
            voidReason: string | null;
        };
        PrpSessionInput: {
            /** Format: uuid */
            anticoagulantLotId: string | null;
            centrifugation: {
                device: string;
                /** @description Who saved the step, and when */
                recorded: {
                    at: string;
                    by: string;
                    byName: string;
                };
                rotorRadiusCm: number;
                spins: {
                    /** @enum {string} */
                    entered: "rpm" | "rcfG";
                    minutes: number;
                    rcfG: number;
                    rpm: number;
                    temperatureC: number | null;
                }[];
            } | null;
            completedAt: string | null;
            completionNote: string | null;
            /**
             * Format: uuid
             * @description The consent the gate answered
             */
            consentId: string;
            createdAt: string;
            derived: {
                /** @description PRP ÷ whole-blood platelets */
                concentrationFactor: number | null;
                /** @description SAISEI_PRP_DRAW_TO_INJECTION_MINUTES */
                drawToInjectionLimitMinutes: number;
                drawToInjectionMinutes: number | null;
                drawToInjectionOverLimit: boolean;
                injectedTotalMl: number | null;
                /** @description DeLong 2012, e.g. P3-x-Bβ */
                pawClass: string | null;
            };
            draw: {
                anticoagulantLotId: string | null;
                drawnAt: string;
                drawnBy: string;
                drawnByName: string;
                kitLotId: string | null;
                /** @description Who saved the step, and when */
                recorded: {
                    at: string;
                    by: string;
                    byName: string;
                };
                tubes: number;
                volumeMl: number;
            } | null;
            /** Format: uuid */
            facilityId: string;
            /** @description The plan's follow-ups with their due dates, recorded at completion */
            followUps: {
                afterDays: number;
                /** @enum {string} */
                anchor: "each_session" | "last_session";
                /** @enum {string} */
                contact: "call" | "visit";
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                dueOn: string;
                label: string;
            }[] | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            injectedBy: string | null;
            injection: {
                injectedAt: string;
                injectedBy: string;
                injectedByName: string;
                /** @description Who saved the step, and when */
                recorded: {
                    at: string;
                    by: string;
                    byName: string;
                };
                sites: {
                    /** @enum {string} */
                    region: "forehead" | "temple_left" | "temple_right" | "cheek_left" | "cheek_right" | "nose" | "chin" | "jawline_left" | "jawline_right";
                    /** @enum {string} */
                    technique: "needle" | "cannula" | "needle_with_microneedling";
                    volumeMl: number;
                }[];
            } | null;
            /** Format: uuid */
            kitLotId: string | null;
            /**
             * @description Where the tablet resumes
             * @enum {string|null}
             */
            nextStep: "draw" | "centrifugation" | "preparation" | "injection" | "complete" | null;
            /** Format: uuid */
            patientId: string;
            /**
             * Format: uuid
             * @description The plan the gate answered
             */
            planId: string;
            preparation: {
                /** @enum {string} */
                activation: "none" | "calcium_chloride" | "thrombin";
                prp: {
                    leukocytesPerUl?: number | null;
                    neutrophilsPerUl?: number | null;
                    plateletsPerUl?: number | null;
                } | null;
                prpVolumeMl: number;
                /** @description Who saved the step, and when */
                recorded: {
                    at: string;
                    by: string;
                    byName: string;
                };
                wholeBlood: {
                    leukocytesPerUl?: number | null;
                    neutrophilsPerUl?: number | null;
                    plateletsPerUl?: number | null;
                } | null;
            } | null;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            sessionOn: string;
            /** @enum {string} */
            stage: "open" | "completed";
            /** Format: uuid */
            startedBy: string;
            startedByName: string;
            /**
             * @description A record entered in error is voided, never deleted
             * @enum {string}
             */
            status: "recorded" | "voided";
            updatedAt: string;
            /** @description Send it back with a correction; an outdated one is STALE_VERSION */
            version: number;
            voidReason: string | null;
        };
        Question: {
            /** @default null */
            helpEn: string | null;
            /** @default null */
            helpJa: string | null;
            /** @description Unique in the template: the key of its answer */
            id: string;
            /** @enum {string} */
            kind: "yes_no";
            /**
             * @description Required when shown
             * @default true
             */
            required: boolean;
            /** @default null */
            showIf: components["schemas"]["QuestionShowIf"] | null;
            /** @default null */
            textEn: string | null;
            textJa: string;
            /** @default null */
            warning: components["schemas"]["QuestionWarning"] | null;
        } | {
            /** @default null */
            helpEn: string | null;
            /** @default null */
            helpJa: string | null;
            /** @description Unique in the template: the key of its answer */
            id: string;
            /** @enum {string} */
            kind: "choice";
            /** @default false */
            multiple: boolean;
            options: components["schemas"]["ChoiceOption"][];
            /**
             * @description Required when shown
             * @default true
             */
            required: boolean;
            /** @default null */
            showIf: components["schemas"]["QuestionShowIf"] | null;
            /** @default null */
            textEn: string | null;
            textJa: string;
            /** @default null */
            warning: components["schemas"]["QuestionWarning"] | null;
        } | {
            /** @default null */
            helpEn: string | null;
            /** @default null */
            helpJa: string | null;
            /** @description Unique in the template: the key of its answer */
            id: string;
            /** @enum {string} */
            kind: "text";
            /** @default false */
            multiline: boolean;
            /**
             * @description Required when shown
             * @default true
             */
            required: boolean;
            /** @default null */
            showIf: components["schemas"]["QuestionShowIf"] | null;
            /** @default null */
            textEn: string | null;
            textJa: string;
            /** @default null */
            warning: components["schemas"]["QuestionWarning"] | null;
        } | {
            /** @default null */
            helpEn: string | null;
            /** @default null */
            helpJa: string | null;
            /** @description Unique in the template: the key of its answer */
            id: string;
            /** @enum {string} */
            kind: "number";
            /** @default null */
            max: number | null;
            /** @default null */
            min: number | null;
            /**
             * @description Required when shown
             * @default true
             */
            required: boolean;
            /** @default null */
            showIf: components["schemas"]["QuestionShowIf"] | null;
            /** @default null */
            textEn: string | null;
            textJa: string;
            /** @default null */
            unit: string | null;
            /** @default null */
            warning: components["schemas"]["QuestionWarning"] | null;
        } | {
            /** @default null */
            helpEn: string | null;
            /** @default null */
            helpJa: string | null;
            /** @description Unique in the template: the key of its answer */
            id: string;
            /** @enum {string} */
            kind: "date";
            /**
             * @description Required when shown
             * @default true
             */
            required: boolean;
            /** @default null */
            showIf: components["schemas"]["QuestionShowIf"] | null;
            /** @default null */
            textEn: string | null;
            textJa: string;
            /** @default null */
            warning: components["schemas"]["QuestionWarning"] | null;
        };
        QuestionInput: {
            /** @default null */
            helpEn: string | null;
            /** @default null */
            helpJa: string | null;
            /** @description Unique in the template: the key of its answer */
            id: string;
            /** @enum {string} */
            kind: "yes_no";
            /**
             * @description Required when shown
             * @default true
             */
            required: boolean;
            /** @default null */
            showIf: components["schemas"]["QuestionShowIfInput"] | null;
            /** @default null */
            textEn: string | null;
            textJa: string;
            /** @default null */
            warning: components["schemas"]["QuestionWarningInput"] | null;
        } | {
            /** @default null */
            helpEn: string | null;
            /** @default null */
            helpJa: string | null;
            /** @description Unique in the template: the key of its answer */
            id: string;
            /** @enum {string} */
            kind: "choice";
            /** @default false */
            multiple: boolean;
            options: components["schemas"]["ChoiceOptionInput"][];
            /**
             * @description Required when shown
             * @default true
             */
            required: boolean;
            /** @default null */
            showIf: components["schemas"]["QuestionShowIfInput"] | null;
            /** @default null */
            textEn: string | null;
            textJa: string;
            /** @default null */
            warning: components["schemas"]["QuestionWarningInput"] | null;
        } | {
            /** @default null */
            helpEn: string | null;
            /** @default null */
            helpJa: string | null;
            /** @description Unique in the template: the key of its answer */
            id: string;
            /** @enum {string} */
            kind: "text";
            /** @default false */
            multiline: boolean;
            /**
             * @description Required when shown
             * @default true
             */
            required: boolean;
            /** @default null */
            showIf: components["schemas"]["QuestionShowIfInput"] | null;
            /** @default null */
            textEn: string | null;
            textJa: string;
            /** @default null */
            warning: components["schemas"]["QuestionWarningInput"] | null;
        } | {
            /** @default null */
            helpEn: string | null;
            /** @default null */
            helpJa: string | null;
            /** @description Unique in the template: the key of its answer */
            id: string;
            /** @enum {string} */
            kind: "number";
            /** @default null */
            max: number | null;
            /** @default null */
            min: number | null;
            /**
             * @description Required when shown
             * @default true
             */
            required: boolean;
            /** @default null */
            showIf: components["schemas"]["QuestionShowIfInput"] | null;
            /** @default null */
            textEn: string | null;
            textJa: string;
            /** @default null */
            unit: string | null;
            /** @default null */
            warning: components["schemas"]["QuestionWarningInput"] | null;
        } | {
            /** @default null */
            helpEn: string | null;
            /** @default null */
            helpJa: string | null;
            /** @description Unique in the template: the key of its answer */
            id: string;
            /** @enum {string} */
            kind: "date";
            /**
             * @description Required when shown
             * @default true
             */
            required: boolean;
            /** @default null */
            showIf: components["schemas"]["QuestionShowIfInput"] | null;
            /** @default null */
            textEn: string | null;
            textJa: string;
            /** @default null */
            warning: components["schemas"]["QuestionWarningInput"] | null;
        };
        Questionnaire: {
            answers: components["schemas"]["Answers"] | null;
            answersSavedAt: string | null;
            createdAt: string;
            /** Format: uuid */
            facilityId: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            patientId: string;
            /** @enum {string} */
            progress: "in_progress" | "submitted";
            /** @description The reader lacks questionnaires:read: answers, warnings and signature are left out */
            restricted: boolean;
            /** @description The patient’s signature, a PNG data URL */
            signature: string | null;
            /** Format: uuid */
            startedBy: string;
            startedByName: string;
            /**
             * Format: date
             * @description The day it was started
             */
            startedOn: string;
            /**
             * @description A record entered in error is voided, never deleted
             * @enum {string}
             */
            status: "recorded" | "voided";
            submittedAt: string | null;
            /**
             * Format: uuid
             * @description The edition of the form the patient answers
             */
            templateId: string;
            updatedAt: string;
            /** @description Send it back with a correction; an outdated one is STALE_VERSION */
            version: number;
            voidReason: string | null;
            /** @description Derived at submission from the answers: cautions for the physician */
            warnings: components["schemas"]["QuestionnaireWarning"][] | null;
        };
        QuestionnaireInput: {
            answers: components["schemas"]["AnswersInput"] | null;
            answersSavedAt: string | null;
            createdAt: string;
            /** Format: uuid */
            facilityId: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            patientId: string;
            /** @enum {string} */
            progress: "in_progress" | "submitted";
            /** @description The reader lacks questionnaires:read: answers, warnings and signature are left out */
            restricted: boolean;
            /** @description The patient’s signature, a PNG data URL */
            signature: string | null;
            /** Format: uuid */
            startedBy: string;
            startedByName: string;
            /**
             * Format: date
             * @description The day it was started
             */
            startedOn: string;
            /**
             * @description A record entered in error is voided, never deleted
             * @enum {string}
             */
            status: "recorded" | "voided";
            submittedAt: string | null;
            /**
             * Format: uuid
             * @description The edition of the form the patient answers
             */
            templateId: string;
            updatedAt: string;
            /** @description Send it back with a correction; an outdated one is STALE_VERSION */
            version: number;
            voidReason: string | null;
            /** @description Derived at submission from the answers: cautions for the physician */
            warnings: components["schemas"]["QuestionnaireWarningInput"][] | null;
        };
        QuestionnaireTemplate: {
            /** @description SHA-256 of the published questions (rules.templateHash) */
            contentHash: string | null;
            createdAt: string;
            /** @description 第N版: numbered per form */
            edition: number;
            /** Format: uuid */
            id: string;
            /**
             * @description default: installed from the product’s template
             * @enum {string|null}
             */
            origin: "default" | null;
            publishedAt: string | null;
            questions: components["schemas"]["Question"][];
            retiredReason: string | null;
            revisionNote: string | null;
            /**
             * Format: uuid
             * @description Shared by the editions of one form (its first edition’s id)
             */
            seriesId: string;
            /** @enum {string} */
            status: "draft" | "published" | "retired";
            titleEn: string | null;
            titleJa: string;
            updatedAt: string;
            version: number;
        };
        QuestionnaireTemplateInput: {
            /** @description SHA-256 of the published questions (rules.templateHash) */
            contentHash: string | null;
            createdAt: string;
            /** @description 第N版: numbered per form */
            edition: number;
            /** Format: uuid */
            id: string;
            /**
             * @description default: installed from the product’s template
             * @enum {string|null}
             */
            origin: "default" | null;
            publishedAt: string | null;
            questions: components["schemas"]["QuestionInput"][];
            retiredReason: string | null;
            revisionNote: string | null;
            /**
             * Format: uuid
             * @description Shared by the editions of one form (its first edition’s id)
             */
            seriesId: string;
            /** @enum {string} */
            status: "draft" | "published" | "retired";
            titleEn: string | null;
            titleJa: string;
            updatedAt: string;
            version: number;
        };
        QuestionnaireWarning: {
            /** @enum {string} */
            code: "anticoagulants" | "isotretinoin" | "pregnancy" | "keloid" | "infection" | "allergy" | "blood_disorder";
            questionId: string;
        };
        QuestionnaireWarningInput: {
            /** @enum {string} */
            code: "anticoagulants" | "isotretinoin" | "pregnancy" | "keloid" | "infection" | "allergy" | "blood_disorder";
            questionId: string;
        };
        /** @description Shown only when an earlier yes/no or choice question has this answer */
        QuestionShowIf: {
            equals: boolean | string;
            questionId: string;
        };
        /** @description Shown only when an earlier yes/no or choice question has this answer */
        QuestionShowIfInput: {
            equals: boolean | string;
            questionId: string;
        };
        /** @description The answers of this question that raise this warning for the physician */
        QuestionWarning: {
            /** @enum {string} */
            code: "anticoagulants" | "isotretinoin" | "pregnancy" | "keloid" | "infection" | "allergy" | "blood_disorder";
            when: (boolean | string)[];
        };
        /** @description The answers of this question that raise this warning for the physician */
        QuestionWarningInput: {
            /** @enum {string} */
            code: "anticoagulants" | "isotretinoin" | "pregnancy" | "keloid" | "infection" | "allergy" | "blood_disorder";
            when: (boolean | string)[];
        };
        ReleaseCriterion: {
            criterion: string;
            max?: number | null;
            min?: number | null;
            /** @description sterility, endotoxin, mycoplasma, viability, … */
            test: string;
            unit?: string | null;
        };
        ReleaseCriterionInput: {
            criterion: string;
            max?: number | null;
            min?: number | null;
            /** @description sterility, endotoxin, mycoplasma, viability, … */
            test: string;
            unit?: string | null;
        };
        ScarAssessment: {
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            assessedOn: string;
            /** Format: uuid */
            assessorId: string;
            assessorName: string;
            /** Format: uuid */
            consultationId: string | null;
            createdAt: string;
            ecca: {
                grades: {
                    boxcar: number;
                    hypertrophicInflammatoryRecent: number;
                    icepick: number;
                    keloidHypertrophicOld: number;
                    rolling: number;
                    superficialElastolysis: number;
                };
            } | null;
            eccaScore: number | null;
            /** Format: uuid */
            facilityId: string;
            goodmanQualitative: number | null;
            goodmanQuantitative: {
                counts: {
                    deepBroadAtrophic: number;
                    linearTroughed: number;
                    macularErythematousOrPigmented: number;
                    mildAtrophicDish: number;
                    moderateAtrophicDish: number;
                    papular: number;
                    punchedOutDeepAbnormalBase: number;
                    punchedOutDeepNormalBase: number;
                    punchedOutShallowSmall: number;
                    shallowBroadAtrophic: number;
                };
                hypertrophicKeloidAreaCm2: number | null;
            } | null;
            goodmanQuantitativeScore: number | null;
            /** Format: uuid */
            id: string;
            morphology: {
                boxcar: number | null;
                hypertrophic: number | null;
                icepick: number | null;
                rolling: number | null;
            } | null;
            notes: string | null;
            /** Format: uuid */
            patientId: string;
            patientRating: {
                bother: number;
                satisfaction: number;
            } | null;
            /** @enum {string} */
            region: "whole_face" | "left" | "right" | "forehead" | "left_cheek" | "right_cheek" | "chin" | "other";
            /** @description Computed by the server from the inputs, line by line */
            scores: {
                ecca: {
                    lines: {
                        grade: number;
                        key: string;
                        score: number;
                        weight: number;
                    }[];
                    total: number;
                } | null;
                goodmanQuantitative: {
                    byGroup: {
                        A: number;
                        B: number;
                        C: number;
                        D: number;
                    };
                    /** @description Every type in the published order, zeros included */
                    lines: ({
                        /** @enum {string} */
                        basis: "count";
                        count: number;
                        factor: number;
                        /** @enum {string} */
                        group: "A" | "B" | "C" | "D";
                        key: string;
                        points: number;
                        score: number;
                    } | {
                        areaCm2: number;
                        /** @enum {string} */
                        basis: "area";
                        /** @enum {string} */
                        group: "D";
                        /** @enum {string} */
                        key: "hypertrophicKeloidAreaCm2";
                        score: number;
                    })[];
                    total: number;
                } | null;
            };
            /**
             * @description A record entered in error is voided, never deleted
             * @enum {string}
             */
            status: "recorded" | "voided";
            updatedAt: string;
            /** @description Send it back with a correction; an outdated one is STALE_VERSION */
            version: number;
            voidReason: string | null;
        };
        ScarAssessmentInput: {
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            assessedOn: string;
            /** Format: uuid */
            assessorId: string;
            assessorName: string;
            /** Format: uuid */
            consultationId: string | null;
            createdAt: string;
            ecca: {
                grades: {
                    boxcar: number;
                    hypertrophicInflammatoryRecent: number;
                    icepick: number;
                    keloidHypertrophicOld: number;
                    rolling: number;
                    superficialElastolysis: number;
                };
            } | null;
            eccaScore: number | null;
            /** Format: uuid */
            facilityId: string;
            goodmanQualitative: number | null;
            goodmanQuantitative: {
                counts: {
                    deepBroadAtrophic: number;
                    linearTroughed: number;
                    macularErythematousOrPigmented: number;
                    mildAtrophicDish: number;
                    moderateAtrophicDish: number;
                    papular: number;
                    punchedOutDeepAbnormalBase: number;
                    punchedOutDeepNormalBase: number;
                    punchedOutShallowSmall: number;
                    shallowBroadAtrophic: number;
                };
                hypertrophicKeloidAreaCm2: number | null;
            } | null;
            goodmanQuantitativeScore: number | null;
            /** Format: uuid */
            id: string;
            morphology: {
                boxcar: number | null;
                hypertrophic: number | null;
                icepick: number | null;
                rolling: number | null;
            } | null;
            notes: string | null;
            /** Format: uuid */
            patientId: string;
            patientRating: {
                bother: number;
                satisfaction: number;
            } | null;
            /** @enum {string} */
            region: "whole_face" | "left" | "right" | "forehead" | "left_cheek" | "right_cheek" | "chin" | "other";
            /** @description Computed by the server from the inputs, line by line */
            scores: {
                ecca: {
                    lines: {
                        grade: number;
                        key: string;
                        score: number;
                        weight: number;
                    }[];
                    total: number;
                } | null;
                goodmanQuantitative: {
                    byGroup: {
                        A: number;
                        B: number;
                        C: number;
                        D: number;
                    };
                    /** @description Every type in the published order, zeros included */
                    lines: ({
                        /** @enum {string} */
                        basis: "count";
                        count: number;
                        factor: number;
                        /** @enum {string} */
                        group: "A" | "B" | "C" | "D";
                        key: string;
                        points: number;
                        score: number;
                    } | {
                        areaCm2: number;
                        /** @enum {string} */
                        basis: "area";
                        /** @enum {string} */
                        group: "D";
                        /** @enum {string} */
                        key: "hypertrophicKeloidAreaCm2";
                        score: number;
                    })[];
                    total: number;
                } | null;
            };
            /**
             * @description A record entered in error is voided, never deleted
             * @enum {string}
             */
            status: "recorded" | "voided";
            updatedAt: string;
            /** @description Send it back with a correction; an outdated one is STALE_VERSION */
            version: number;
            voidReason: string | null;
        };
        ScoreHistory: {
            items: {
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                assessedOn: string;
                /** Format: uuid */
                assessmentId: string;
                eccaScore: number | null;
                goodmanQualitative: number | null;
                goodmanQuantitativeScore: number | null;
                patientBother: number | null;
                patientSatisfaction: number | null;
                /** @enum {string} */
                region: "whole_face" | "left" | "right" | "forehead" | "left_cheek" | "right_cheek" | "chin" | "other";
            }[];
        };
        ScoreHistoryInput: {
            items: {
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                assessedOn: string;
                /** Format: uuid */
                assessmentId: string;
                eccaScore: number | null;
                goodmanQualitative: number | null;
                goodmanQuantitativeScore: number | null;
                patientBother: number | null;
                patientSatisfaction: number | null;
                /** @enum {string} */
                region: "whole_face" | "left" | "right" | "forehead" | "left_cheek" | "right_cheek" | "chin" | "other";
            }[];
        };
        SessionState: {
            me: components["schemas"]["Me"] | null;
            signedIn: boolean;
        };
        SessionStateInput: {
            me: components["schemas"]["MeInput"] | null;
            signedIn: boolean;
        };
        SiteCase: {
            /** Format: uuid */
            afterPhotoId: string;
            /** Format: uuid */
            beforePhotoId: string;
            cost: string;
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            pageId: string;
            /** Format: uuid */
            patientId: string;
            period: string;
            /** Format: uuid */
            placedBy: string | null;
            risks: string;
            sessions: number;
            /** @enum {string} */
            status: "placed" | "withdrawn";
            treatment: string;
            updatedAt: string;
            version: number;
            withdrawReason: string | null;
        };
        SiteCaseInput: {
            /** Format: uuid */
            afterPhotoId: string;
            /** Format: uuid */
            beforePhotoId: string;
            cost: string;
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            pageId: string;
            /** Format: uuid */
            patientId: string;
            period: string;
            /** Format: uuid */
            placedBy: string | null;
            risks: string;
            sessions: number;
            /** @enum {string} */
            status: "placed" | "withdrawn";
            treatment: string;
            updatedAt: string;
            version: number;
            withdrawReason: string | null;
        };
        SitePage: {
            bodyMd: string;
            createdAt: string;
            description: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "page" | "treatment" | "article";
            priceMd: string | null;
            publishedOn: string | null;
            /** @description The revision the public sees */
            publishedRevision: number | null;
            /** @description The revision the draft fields hold */
            revision: number;
            risksMd: string | null;
            slug: string;
            /** @enum {string} */
            status: "draft" | "published" | "withdrawn";
            title: string;
            updatedAt: string;
            version: number;
            /** @description Words the medical advertising guideline keeps off the site */
            warnings: {
                /** @enum {string} */
                code: "ADVERTISING_WORD";
                /** @description The word and the advertising rule it breaks */
                message: string;
                path: string;
                word: string;
            }[];
        };
        SitePageInput: {
            bodyMd: string;
            createdAt: string;
            description: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "page" | "treatment" | "article";
            priceMd: string | null;
            publishedOn: string | null;
            /** @description The revision the public sees */
            publishedRevision: number | null;
            /** @description The revision the draft fields hold */
            revision: number;
            risksMd: string | null;
            slug: string;
            /** @enum {string} */
            status: "draft" | "published" | "withdrawn";
            title: string;
            updatedAt: string;
            version: number;
            /** @description Words the medical advertising guideline keeps off the site */
            warnings: {
                /** @enum {string} */
                code: "ADVERTISING_WORD";
                /** @description The word and the advertising rule it breaks */
                message: string;
                path: string;
                word: string;
            }[];
        };
        SitePageRevision: {
            bodyMd: string;
            description: string;
            priceMd: string | null;
            revision: number;
            risksMd: string | null;
            savedAt: string;
            /** Format: uuid */
            savedBy: string | null;
            title: string;
        };
        SitePageRevisionInput: {
            bodyMd: string;
            description: string;
            priceMd: string | null;
            revision: number;
            risksMd: string | null;
            savedAt: string;
            /** Format: uuid */
            savedBy: string | null;
            title: string;
        };
        StaffMember: {
            displayName: string;
            /** Format: uuid */
            id: string;
            roles: string[];
        };
        StaffMemberInput: {
            displayName: string;
            /** Format: uuid */
            id: string;
            roles: string[];
        };
        StoragePlace: {
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "fridge" | "freezer" | "room";
            latestRound: components["schemas"]["TemperatureRound"] | null;
            name: string;
            roundTakenToday: boolean;
            /** @enum {string} */
            status: "active" | "retired";
            updatedAt: string;
            version: number;
        };
        StoragePlaceInput: {
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "fridge" | "freezer" | "room";
            latestRound: components["schemas"]["TemperatureRoundInput"] | null;
            name: string;
            roundTakenToday: boolean;
            /** @enum {string} */
            status: "active" | "retired";
            updatedAt: string;
            version: number;
        };
        SupplyItem: {
            createdAt: string;
            /** @description GTIN-14 (shorter GTINs padded with zeros) */
            gtin: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "kit" | "drug" | "reagent" | "medium" | "consumable";
            maker: string | null;
            name: string;
            reorderLevel: number | null;
            /** @enum {string} */
            status: "active" | "retired";
            /** @enum {string} */
            storageCondition: "room" | "fridge_2_8" | "freezer_minus_20" | "freezer_minus_80" | "ln2";
            unit: string;
            updatedAt: string;
            version: number;
        };
        SupplyItemInput: {
            createdAt: string;
            /** @description GTIN-14 (shorter GTINs padded with zeros) */
            gtin: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "kit" | "drug" | "reagent" | "medium" | "consumable";
            maker: string | null;
            name: string;
            reorderLevel: number | null;
            /** @enum {string} */
            status: "active" | "retired";
            /** @enum {string} */
            storageCondition: "room" | "fridge_2_8" | "freezer_minus_20" | "freezer_minus_80" | "ln2";
            unit: string;
            updatedAt: string;
            version: number;
        };
        SupplyLot: {
            certificate: {
                name: string | null;
                size: number | null;
                /** @enum {string|null} */
                type: "application/pdf" | "image/png" | "image/jpeg" | null;
                uploadedAt: string | null;
                url: string;
            } | null;
            createdAt: string;
            /** @description Negative once expired */
            daysToExpiry: number;
            decidedAt: string | null;
            /** Format: uuid */
            decidedBy: string | null;
            decidedByName: string | null;
            decisionReason: string | null;
            expired: boolean;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            expiresOn: string;
            gtin: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            itemId: string;
            /** @enum {string} */
            itemKind: "kit" | "drug" | "reagent" | "medium" | "consumable";
            itemName: string;
            lotNumber: string;
            note: string | null;
            quantityReceived: number;
            quantityRemaining: number;
            /** Format: uuid */
            receivedBy: string | null;
            receivedByName: string | null;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            receivedOn: string;
            /** @enum {string} */
            status: "quarantine" | "released" | "rejected";
            /** Format: uuid */
            storagePlaceId: string | null;
            storagePlaceName: string | null;
            unit: string;
            updatedAt: string;
            version: number;
        };
        SupplyLotInput: {
            certificate: {
                name: string | null;
                size: number | null;
                /** @enum {string|null} */
                type: "application/pdf" | "image/png" | "image/jpeg" | null;
                uploadedAt: string | null;
                url: string;
            } | null;
            createdAt: string;
            /** @description Negative once expired */
            daysToExpiry: number;
            decidedAt: string | null;
            /** Format: uuid */
            decidedBy: string | null;
            decidedByName: string | null;
            decisionReason: string | null;
            expired: boolean;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            expiresOn: string;
            gtin: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            itemId: string;
            /** @enum {string} */
            itemKind: "kit" | "drug" | "reagent" | "medium" | "consumable";
            itemName: string;
            lotNumber: string;
            note: string | null;
            quantityReceived: number;
            quantityRemaining: number;
            /** Format: uuid */
            receivedBy: string | null;
            receivedByName: string | null;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            receivedOn: string;
            /** @enum {string} */
            status: "quarantine" | "released" | "rejected";
            /** Format: uuid */
            storagePlaceId: string | null;
            storagePlaceName: string | null;
            unit: string;
            updatedAt: string;
            version: number;
        };
        SupplyLotUse: {
            /** Format: uuid */
            entityId: string;
            entityType: string;
            field: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            patientId: string | null;
            patientName: string | null;
            patientNumber: string | null;
            quantity: number;
            usedByName: string | null;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            usedOn: string;
        };
        SupplyLotUseInput: {
            /** Format: uuid */
            entityId: string;
            entityType: string;
            field: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            patientId: string | null;
            patientName: string | null;
            patientNumber: string | null;
            quantity: number;
            usedByName: string | null;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            usedOn: string;
        };
        SupplyScan: {
            elements: {
                ai: string;
                value: string;
            }[];
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            expiresOn: string | null;
            gtin: string | null;
            /** @description The item with this GTIN, when the facility has one */
            item: components["schemas"]["SupplyItem"] | null;
            /** @description The lot of that item with this number, when received */
            lot: components["schemas"]["SupplyLot"] | null;
            lotNumber: string | null;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            productionDate: string | null;
            serial: string | null;
        };
        SupplyScanInput: {
            elements: {
                ai: string;
                value: string;
            }[];
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            expiresOn: string | null;
            gtin: string | null;
            /** @description The item with this GTIN, when the facility has one */
            item: components["schemas"]["SupplyItemInput"] | null;
            /** @description The lot of that item with this number, when received */
            lot: components["schemas"]["SupplyLotInput"] | null;
            lotNumber: string | null;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            productionDate: string | null;
            serial: string | null;
        };
        TabletQuestionnaire: {
            /** @description The answers so far; empty once submitted */
            answers: components["schemas"]["Answers"];
            /** Format: uuid */
            id: string;
            patient: {
                familyName: string;
                givenName: string;
            };
            /** @enum {string} */
            progress: "in_progress" | "submitted";
            questions: components["schemas"]["Question"][];
            /** @enum {string} */
            status: "recorded" | "voided";
            titleEn: string | null;
            titleJa: string;
        };
        TabletQuestionnaireInput: {
            /** @description The answers so far; empty once submitted */
            answers: components["schemas"]["AnswersInput"];
            /** Format: uuid */
            id: string;
            patient: {
                familyName: string;
                givenName: string;
            };
            /** @enum {string} */
            progress: "in_progress" | "submitted";
            questions: components["schemas"]["QuestionInput"][];
            /** @enum {string} */
            status: "recorded" | "voided";
            titleEn: string | null;
            titleJa: string;
        };
        TemperatureRound: {
            currentC: number;
            /** Format: uuid */
            id: string;
            maxC: number;
            minC: number;
            note: string | null;
            /** @description A fridge reading outside 2–8 °C */
            outOfRange: boolean;
            /** Format: uuid */
            storagePlaceId: string;
            takenAt: string;
            /** Format: uuid */
            takenBy: string | null;
            takenByName: string | null;
        };
        TemperatureRoundInput: {
            currentC: number;
            /** Format: uuid */
            id: string;
            maxC: number;
            minC: number;
            note: string | null;
            /** @description A fridge reading outside 2–8 °C */
            outOfRange: boolean;
            /** Format: uuid */
            storagePlaceId: string;
            takenAt: string;
            /** Format: uuid */
            takenBy: string | null;
            takenByName: string | null;
        };
        TimelineEntry: {
            /** @description For ordering: the real time on the record’s own day, else the start of that day */
            at: string;
            author: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /**
             * Format: date
             * @description The clinical day in Japan
             */
            date: string;
            id: string;
            /** @description registration, consultation, assessment, photo, … */
            kind: string;
            /** Format: uuid */
            patientId: string;
            /** @description The reader may not read this kind of record: its summary is withheld */
            restricted: boolean;
            status: string;
            summary: {
                [key: string]: unknown;
            } | null;
        };
        TimelineEntryInput: {
            /** @description For ordering: the real time on the record’s own day, else the start of that day */
            at: string;
            author: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /**
             * Format: date
             * @description The clinical day in Japan
             */
            date: string;
            id: string;
            /** @description registration, consultation, assessment, photo, … */
            kind: string;
            /** Format: uuid */
            patientId: string;
            /** @description The reader may not read this kind of record: its summary is withheld */
            restricted: boolean;
            status: string;
            summary: {
                [key: string]: unknown;
            } | null;
        };
        User: {
            active: boolean;
            /** @description Whether you administer every facility this person belongs to, and so may change the account */
            changeable: boolean;
            createdAt: string;
            displayName: string;
            facilityIds: string[];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            language: "ja" | "en";
            login: string;
            mustChangePassword: boolean;
            roles: string[];
            totpEnabled: boolean;
            updatedAt: string;
            version: number;
        };
        UserInput: {
            active: boolean;
            /** @description Whether you administer every facility this person belongs to, and so may change the account */
            changeable: boolean;
            createdAt: string;
            displayName: string;
            facilityIds: string[];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            language: "ja" | "en";
            login: string;
            mustChangePassword: boolean;
            roles: string[];
            totpEnabled: boolean;
            updatedAt: string;
            version: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
