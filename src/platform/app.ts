import './fastify-types.ts';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Writable } from 'node:stream';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { DatabaseHandle } from '../db/client.ts';
import { assessmentRoutes } from '../modules/assessments/routes.ts';
import { createAssessmentService } from '../modules/assessments/service.ts';
import { assessmentTimeline } from '../modules/assessments/timeline.ts';
import { startAnchorWriter } from '../modules/audit/anchor-file.ts';
import { auditRoutes } from '../modules/audit/routes.ts';
import { startAccessLogSealer } from '../modules/audit/sealer.ts';
import { createAuditService } from '../modules/audit/service.ts';
import { createMeService } from '../modules/auth/me.ts';
import { createActorResolver } from '../modules/auth/resolver.ts';
import { authRoutes } from '../modules/auth/routes.ts';
import { createAuthService } from '../modules/auth/service.ts';
import { createSetupService } from '../modules/auth/setup.service.ts';
import { sealStoredSecrets } from '../modules/auth/stored-secrets.ts';
import { createTotpService } from '../modules/auth/totp.ts';
import { backupRoutes } from '../modules/backups/routes.ts';
import { createBackupService } from '../modules/backups/service.ts';
import { consentDocumentRoutes } from '../modules/consents/routes.ts';
import { createConsentDocumentService } from '../modules/consents/service.ts';
import { consultationRoutes } from '../modules/consultations/routes.ts';
import { createConsultationService } from '../modules/consultations/service.ts';
import { consultationTimeline } from '../modules/consultations/timeline.ts';
import { eligibilityRoutes } from '../modules/eligibility/routes.ts';
import { createEligibilityService } from '../modules/eligibility/service.ts';
import { facilityRoutes } from '../modules/facilities/routes.ts';
import { createFacilityService } from '../modules/facilities/service.ts';
import { healthRoutes } from '../modules/health/routes.ts';
import { patientConsentRoutes } from '../modules/patient-consents/routes.ts';
import { createPatientConsentService } from '../modules/patient-consents/service.ts';
import { consentTimeline } from '../modules/patient-consents/timeline.ts';
import { patientRoutes } from '../modules/patients/routes.ts';
import { createPatientService } from '../modules/patients/service.ts';
import { photoRoutes } from '../modules/photos/routes.ts';
import { createPhotoService } from '../modules/photos/service.ts';
import { photoTimeline } from '../modules/photos/timeline.ts';
import { planRoutes } from '../modules/plans/routes.ts';
import { createPlanService } from '../modules/plans/service.ts';
import { postalCodeRoutes } from '../modules/postal-codes/routes.ts';
import { createPostalCodeService } from '../modules/postal-codes/service.ts';
import { prpSessionRoutes } from '../modules/prp/routes.ts';
import { createPrpSessionService } from '../modules/prp/service.ts';
import { prpSessionTimeline } from '../modules/prp/timeline.ts';
import { questionnaireRoutes } from '../modules/questionnaires/routes.ts';
import { createQuestionnaireService } from '../modules/questionnaires/service.ts';
import { tabletRoutes } from '../modules/questionnaires/tablet.routes.ts';
import { createTabletService } from '../modules/questionnaires/tablet.service.ts';
import { questionnaireTemplateRoutes } from '../modules/questionnaires/template.routes.ts';
import { createQuestionnaireTemplateService } from '../modules/questionnaires/template.service.ts';
import { questionnaireTimeline } from '../modules/questionnaires/timeline.ts';
import { siteCaseRoutes } from '../modules/site/cases.routes.ts';
import { createCaseService } from '../modules/site/cases.service.ts';
import { commentRoutes } from '../modules/site/comments.routes.ts';
import { createCommentService } from '../modules/site/comments.service.ts';
import { createContentService } from '../modules/site/content.service.ts';
import { inquiryRoutes } from '../modules/site/inquiries.routes.ts';
import { createInquiryService } from '../modules/site/inquiries.service.ts';
import { publicSiteRoutes } from '../modules/site/public.routes.ts';
import { createPublicSite } from '../modules/site/public.service.ts';
import { sitePageRoutes } from '../modules/site/routes.ts';
import { formTimerKeyFrom } from '../modules/site/rules.ts';
import { createSubmissionService } from '../modules/site/submissions.service.ts';
import { supplyItemRoutes } from '../modules/supply-lots/items.routes.ts';
import { createSupplyItemService } from '../modules/supply-lots/items.service.ts';
import { supplyRoutes } from '../modules/supply-lots/routes.ts';
import { createSupplyService } from '../modules/supply-lots/service.ts';
import { storageRoutes } from '../modules/supply-lots/storage.routes.ts';
import { createStorageService } from '../modules/supply-lots/storage.service.ts';
import { useSupplyLots } from '../modules/supply-lots/use.ts';
import { apiTokenRoutes, staffRoutes, userRoutes } from '../modules/users/routes.ts';
import { createUserService } from '../modules/users/service.ts';
import { createStaffDirectory } from '../modules/users/staff.service.ts';
import { createApiTokenService } from '../modules/users/tokens.service.ts';
import { type ActorResolver, registerAccessGuard } from './access-guard.ts';
import { systemContext } from './actor.ts';
import { createBlobStore } from './blob-store.ts';
import type { Config } from './config.ts';
import { AppError } from './errors.ts';
import { registerHostileTextGuard } from './hostile-text.ts';
import { loggerOptions } from './logger.ts';
import { registerOpenApi } from './openapi.ts';
import { registerErrorHandler, registerNotFoundHandler, sendProblem } from './problem.ts';
import { createSecretBox, SecretKeyError } from './secret-box.ts';
import { registerWebApp } from './web-app.ts';

export type AppOptions = {
  config: Config;
  database: DatabaseHandle;
  /** Where logs go; tests pass a stream to inspect them. Defaults to stdout. */
  logStream?: Writable;
  /** Serve the built SPA from web/dist (off in API tests). */
  serveWeb?: boolean;
  /** Who is calling. Defaults to the session cookie / bearer token resolver; platform tests stub it. */
  resolveActor?: ActorResolver;
  /** Seals secrets stored in the database (server.ts: loadSecretKey); else config.secretKey. */
  secretKey?: Buffer;
  /** Run scheduled work (backups); only the listening server does (server.ts). */
  runSchedules?: boolean;
};

function secretBoxFor(config: Config, secretKey: Buffer | undefined) {
  const key = secretKey ?? config.secretKey;
  if (!key)
    throw new SecretKeyError('No secret key: set SAISEI_SECRET_KEY or let the server make its key file.');
  return createSecretBox(key);
}

/**
 * Start-up work on the data before the app serves it (server.ts calls it after migrating). It needs
 * modules, so it lives here in the composition root: on a first run with SAISEI_CLINIC_NAME set,
 * the clinic is created.
 */
export async function prepareData(
  database: DatabaseHandle,
  config: Config,
  secretKey?: Buffer,
): Promise<void> {
  // Refuses to start when the key does not open the stored secrets; seals any stored in the clear.
  await sealStoredSecrets(database.db, secretBoxFor(config, secretKey));
  await createFacilityService(database.db).ensureClinic(systemContext('first-run'), config.clinicName);
}

/** The whole application as one Fastify instance; only server.ts listens. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, database } = options;
  const { db } = database;
  const logger = loggerOptions(config);
  const app = Fastify({
    logger:
      options.logStream && logger && typeof logger === 'object'
        ? { ...logger, stream: options.logStream }
        : logger,
    genReqId: () => randomUUID(),
    requestIdHeader: 'x-request-id',
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
    // Errors raised before routing (a bad percent-encoding in the path) answer as problem+json too.
    frameworkErrors: (error, request, reply) =>
      sendProblem(
        request,
        reply,
        new AppError(400, 'MALFORMED_REQUEST', `The address cannot be read: ${error.code ?? 'bad request'}.`),
      ),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const facilities = createFacilityService(db);
  const users = createUserService(db);
  const tokens = createApiTokenService(db);
  const secrets = secretBoxFor(config, options.secretKey);
  const auth = createAuthService(db, config, secrets);
  const totp = createTotpService(db, secrets);
  const setup = createSetupService(db, { facilities, users });
  const patients = createPatientService(db, [
    consultationTimeline,
    assessmentTimeline,
    photoTimeline,
    consentTimeline,
    questionnaireTimeline,
    prpSessionTimeline,
  ]);
  const consultations = createConsultationService(db);
  const assessments = createAssessmentService(db);
  const blobs = createBlobStore(config);
  const photos = createPhotoService(db, blobs);
  const plans = createPlanService(db);
  const consentDocuments = createConsentDocumentService(db);
  const patientConsents = createPatientConsentService(db);
  const eligibility = createEligibilityService(db);
  const prpSessions = createPrpSessionService(
    db,
    { drawToInjectionMinutes: config.prpDrawToInjectionMinutes },
    useSupplyLots,
  );
  const questionnaireTemplates = createQuestionnaireTemplateService(db);
  const questionnaires = createQuestionnaireService(db);
  const tablet = createTabletService(db);
  const supplyItems = createSupplyItemService(db);
  const supplies = createSupplyService(db, blobs);
  const storage = createStorageService(db);
  const backups = createBackupService(database, blobs, config);
  const content = createContentService(db);
  const siteCases = createCaseService(db, blobs);
  // The public forms' time-to-submit is signed with a key derived from the secret key (docs/site.md).
  const formTimerKey = formTimerKeyFrom(options.secretKey ?? config.secretKey ?? randomBytes(32));
  const audit = createAuditService(db, {
    onVerificationFailure: (error) => app.log.error({ err: error }, 'audit chain verification failed'),
  });
  // A verification running at shutdown stops between pages, before the database closes.
  app.addHook('onClose', () => audit.stopVerifications());

  registerErrorHandler(app);
  await app.register(fastifyCookie);
  // First route-related hook, so every route registered after it is checked for its access declaration.
  registerAccessGuard(app, options.resolveActor ?? createActorResolver(auth, tokens));
  // NUL and lone surrogates are refused before any schema or handler sees them (STACK.md trap 19).
  registerHostileTextGuard(app);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  // Per-address limits on the sign-in routes only (they declare `rateLimit`); per-login locks are in the auth service.
  await app.register(fastifyRateLimit, { global: false });
  await registerOpenApi(app, config.version);

  await app.register(healthRoutes({ database, version: config.version }), { prefix: '/api' });
  await app.register(
    authRoutes({
      me: createMeService(db, config),
      config,
      auth,
      totp,
      setup,
      setLanguage: (ctx, language) => users.setLanguage(ctx, language),
    }),
    { prefix: '/api/v1' },
  );
  await app.register(userRoutes(users), { prefix: '/api/v1/users' });
  await app.register(staffRoutes(createStaffDirectory(db)), { prefix: '/api/v1/staff' });
  await app.register(apiTokenRoutes(tokens), { prefix: '/api/v1/api-tokens' });
  await app.register(facilityRoutes(facilities), { prefix: '/api/v1/facilities' });
  await app.register(auditRoutes(audit), { prefix: '/api/v1' });
  await app.register(patientRoutes(patients), { prefix: '/api/v1/patients' });
  await app.register(postalCodeRoutes(createPostalCodeService()), { prefix: '/api/v1' });
  await app.register(consultationRoutes(consultations), { prefix: '/api/v1' });
  await app.register(assessmentRoutes(assessments), { prefix: '/api/v1' });
  await app.register(photoRoutes(photos, { maxMb: config.photoMaxMb }), { prefix: '/api/v1' });
  await app.register(planRoutes(plans), { prefix: '/api/v1/plans' });
  await app.register(consentDocumentRoutes(consentDocuments), { prefix: '/api/v1' });
  await app.register(patientConsentRoutes(patientConsents), { prefix: '/api/v1' });
  await app.register(eligibilityRoutes(eligibility), { prefix: '/api/v1' });
  await app.register(prpSessionRoutes(prpSessions), { prefix: '/api/v1' });
  await app.register(questionnaireTemplateRoutes(questionnaireTemplates), { prefix: '/api/v1' });
  await app.register(questionnaireRoutes(questionnaires, tablet), { prefix: '/api/v1' });
  await app.register(tabletRoutes(tablet), { prefix: '/api/v1' });
  await app.register(supplyItemRoutes(supplyItems), { prefix: '/api/v1' });
  await app.register(supplyRoutes(supplies), { prefix: '/api/v1' });
  await app.register(storageRoutes(storage), { prefix: '/api/v1' });

  await app.register(sitePageRoutes(content, 'pages'), { prefix: '/api/v1' });
  await app.register(sitePageRoutes(content, 'articles'), { prefix: '/api/v1' });
  await app.register(inquiryRoutes(createInquiryService(db, patients)), { prefix: '/api/v1' });
  await app.register(commentRoutes(createCommentService(db)), { prefix: '/api/v1' });
  await app.register(siteCaseRoutes(siteCases), { prefix: '/api/v1' });
  // The clinic's public site owns / (docs/site.md); the staff app is under /app.
  await app.register(
    publicSiteRoutes({
      site: createPublicSite(db, config.site.facilityId),
      cases: siteCases,
      submissions: createSubmissionService(db, formTimerKey),
      timerKey: formTimerKey,
      origin: config.site.origin,
    }),
  );

  await app.register(backupRoutes(backups), { prefix: '/api/v1' });
  if (options.runSchedules) {
    const stopSchedule = backups.startSchedule((error) =>
      app.log.error({ err: error }, 'scheduled backup failed'),
    );
    app.addHook('onClose', async () => stopSchedule());
  }
  const spaIndex = options.serveWeb ? await registerWebApp(app) : false;
  registerNotFoundHandler(app, { spaIndex });
  return app;
}

/**
 * Pending access-log entries chained about every second, and once more at shutdown (docs/security.md,
 * "Access log"): started by the listening server only; tests and commands seal where they read.
 */
export function startAccessLogSealing(database: DatabaseHandle, app: FastifyInstance) {
  return startAccessLogSealer(database.db, {
    onError: (error) => app.log.error({ err: error }, 'access log not sealed'),
  });
}

/**
 * The audit anchor written beside the data at intervals and at shutdown (docs/architecture.md):
 * started by the listening server only, so tests and commands write no anchor file.
 */
export function startAuditAnchors(database: DatabaseHandle, config: Config, app: FastifyInstance) {
  return startAnchorWriter(database.db, {
    ...config.auditAnchor,
    onError: (error) =>
      app.log.warn({ err: error, file: config.auditAnchor.file }, 'audit anchor not written'),
  });
}
