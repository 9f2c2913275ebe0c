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
        /** List API tokens (never the token itself) */
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
                            items: components["schemas"]["ApiToken"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an API token; the token is shown in this answer only */
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
                        facilityId: string | null;
                        name: string;
                        /** @enum {string} */
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
    "/api/v1/audit-events/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recompute the hash chain: is any event edited or removed? */
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
                        "application/json": components["schemas"]["AuditChainVerification"];
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
    "/api/v1/facilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List facilities */
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
                            items: components["schemas"]["Facility"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register a facility */
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
        /** Read a facility */
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
        /** Correct a facility */
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
                            entries: {
                                at: string;
                                id: string;
                                kind: string;
                                /** Format: uuid */
                                patientId: string;
                                summary: {
                                    [key: string]: unknown;
                                };
                            }[];
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
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List staff accounts */
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
        AuditChainVerification: {
            /** @description hash_mismatch: this event was edited; link_broken: an event before it was removed or moved */
            break?: {
                id: string;
                /** @enum {string} */
                problem: "hash_mismatch" | "link_broken";
                seq: number;
            };
            /** @description Events whose hash and link were recomputed */
            checked: number;
            lastHash?: string | null;
            /** @description The newest event: keep it to detect a cut tail */
            lastSeq?: number | null;
            ok: boolean;
        };
        AuditChainVerificationInput: {
            /** @description hash_mismatch: this event was edited; link_broken: an event before it was removed or moved */
            break?: {
                id: string;
                /** @enum {string} */
                problem: "hash_mismatch" | "link_broken";
                seq: number;
            };
            /** @description Events whose hash and link were recomputed */
            checked: number;
            lastHash?: string | null;
            /** @description The newest event: keep it to detect a cut tail */
            lastSeq?: number | null;
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
            patientId: string | null;
            reason: string | null;
            requestId: string | null;
            seq: number;
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
            login: string;
            /** @enum {string|null} */
            pending: "totp_enrolment" | "password_change" | null;
            permissions: ("facilities:read" | "facilities:manage" | "users:manage" | "tokens:manage" | "audit:read" | "patients:read" | "patients:write" | "clinical:read" | "clinical:write")[];
            roles: string[];
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
            login: string;
            /** @enum {string|null} */
            pending: "totp_enrolment" | "password_change" | null;
            permissions: ("facilities:read" | "facilities:manage" | "users:manage" | "tokens:manage" | "audit:read" | "patients:read" | "patients:write" | "clinical:read" | "clinical:write")[];
            roles: string[];
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
        User: {
            active: boolean;
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
