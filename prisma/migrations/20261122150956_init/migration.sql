-- CreateEnum
CREATE TYPE "IndustryCluster" AS ENUM ('NEV', 'AVIATION', 'IT', 'GREEN_BUILDING', 'FOOD', 'OTHER');

-- CreateEnum
CREATE TYPE "ProjectPhase" AS ENUM ('SIGNED', 'UNDER_CONSTRUCTION', 'IN_PRODUCTION');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('LIAISON', 'OFFICER', 'CHIEF', 'ADMIN');

-- CreateEnum
CREATE TYPE "OfficerKind" AS ENUM ('POLICE', 'AUXILIARY');

-- CreateEnum
CREATE TYPE "TicketCategory" AS ENUM ('SECURITY_HAZARD', 'DISPUTE', 'THEFT_CRIME', 'PATROL_REQUEST', 'TRAFFIC_ESCORT', 'PERMIT_HELP', 'LEGAL_CONSULTATION', 'EMPLOYMENT_VETTING', 'EMERGENCY_HELP', 'PUBLIC_OPINION', 'OTHER');

-- CreateEnum
CREATE TYPE "Priority" AS ENUM ('LOW', 'NORMAL', 'HIGH', 'URGENT');

-- CreateEnum
CREATE TYPE "TicketStatus" AS ENUM ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'RESOLVED', 'REOPENED', 'CLOSED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "TicketEventKind" AS ENUM ('CREATED', 'COMMENT', 'INTERNAL_NOTE', 'STATUS_CHANGED', 'REASSIGNED', 'HELP_REQUESTED', 'ESCALATED', 'RATED');

-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('PUBLIC', 'INTERNAL');

-- CreateEnum
CREATE TYPE "HazardSource" AS ENUM ('VISIT', 'PATROL', 'TICKET', 'DIRECT');

-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'MAJOR');

-- CreateEnum
CREATE TYPE "HazardStatus" AS ENUM ('LISTED', 'RECTIFYING', 'PENDING_VERIFICATION', 'CLOSED');

-- CreateEnum
CREATE TYPE "DisputeKind" AS ENUM ('LABOR', 'CONTRACT', 'NEIGHBOUR', 'TRAFFIC', 'DAMAGE', 'OTHER');

-- CreateEnum
CREATE TYPE "DisputeStatus" AS ENUM ('OPEN', 'MEDIATING', 'RESOLVED', 'UNRESOLVED');

-- CreateEnum
CREATE TYPE "VisitKind" AS ENUM ('ROUTINE', 'SAFETY_INSPECTION', 'LEGAL_PUBLICITY', 'FORUM');

-- CreateEnum
CREATE TYPE "RotaStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "ShiftStatus" AS ENUM ('PLANNED', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "PatrolKind" AS ENUM ('FOOT', 'VEHICLE', 'VIDEO');

-- CreateEnum
CREATE TYPE "ResidencyKind" AS ENUM ('TALENT_SETTLEMENT', 'COLLECTIVE_HOUSEHOLD', 'RESIDENCE_PERMIT', 'CHILD_SCHOOL_PROOF', 'ID_CARD');

-- CreateEnum
CREATE TYPE "ServiceMode" AS ENUM ('WINDOW', 'APPOINTMENT', 'DOOR_TO_DOOR', 'PROXY', 'ONLINE');

-- CreateEnum
CREATE TYPE "Education" AS ENUM ('VOCATIONAL', 'BACHELOR', 'MASTER', 'DOCTORATE');

-- CreateEnum
CREATE TYPE "ResidencyStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'NEEDS_MATERIALS', 'APPROVED', 'COMPLETED', 'REJECTED');

-- CreateEnum
CREATE TYPE "DocumentStatus" AS ENUM ('MISSING', 'RECEIVED', 'ACCEPTED', 'REJECTED');

-- CreateTable
CREATE TABLE "Bureau" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Bureau_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Station" (
    "id" TEXT NOT NULL,
    "bureauId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Station_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Workstation" (
    "id" TEXT NOT NULL,
    "bureauId" TEXT NOT NULL,
    "stationId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "park" TEXT NOT NULL,
    "parkEn" TEXT NOT NULL,
    "cluster" "IndustryCluster" NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Workstation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Department" (
    "id" TEXT NOT NULL,
    "bureauId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Department_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Enterprise" (
    "id" TEXT NOT NULL,
    "bureauId" TEXT NOT NULL,
    "workstationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL DEFAULT '',
    "creditCode" TEXT NOT NULL,
    "industry" TEXT NOT NULL,
    "industryEn" TEXT NOT NULL DEFAULT '',
    "address" TEXT NOT NULL DEFAULT '',
    "employees" INTEGER NOT NULL DEFAULT 0,
    "investmentCny" BIGINT NOT NULL DEFAULT 0,
    "keyProject" BOOLEAN NOT NULL DEFAULT false,
    "projectPhase" "ProjectPhase",
    "active" BOOLEAN NOT NULL DEFAULT true,
    "responsibleOfficerId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Enterprise_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EnterpriseSupport" (
    "enterpriseId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EnterpriseSupport_pkey" PRIMARY KEY ("enterpriseId","departmentId")
);

-- CreateTable
CREATE TABLE "Assignment" (
    "id" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "officerId" TEXT NOT NULL,
    "assignedById" TEXT,
    "reason" TEXT NOT NULL DEFAULT '',
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "Assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "bureauId" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL DEFAULT '',
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "kind" "OfficerKind",
    "badgeNo" TEXT,
    "title" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL DEFAULT '',
    "stationId" TEXT,
    "departmentId" TEXT,
    "enterpriseId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "tokenVersion" INTEGER NOT NULL DEFAULT 0,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "blockedUntil" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Setting" (
    "bureauId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("bureauId","key")
);

-- CreateTable
CREATE TABLE "Counter" (
    "bureauId" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "value" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Counter_pkey" PRIMARY KEY ("bureauId","scope","year")
);

-- CreateTable
CREATE TABLE "SlaRule" (
    "bureauId" TEXT NOT NULL,
    "category" "TicketCategory" NOT NULL,
    "priority" "Priority" NOT NULL,
    "acceptHours" INTEGER NOT NULL,
    "resolveHours" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SlaRule_pkey" PRIMARY KEY ("bureauId","category","priority")
);

-- CreateTable
CREATE TABLE "Ticket" (
    "id" TEXT NOT NULL,
    "bureauId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "category" "TicketCategory" NOT NULL,
    "priority" "Priority" NOT NULL DEFAULT 'NORMAL',
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "location" TEXT NOT NULL DEFAULT '',
    "status" "TicketStatus" NOT NULL DEFAULT 'SUBMITTED',
    "assigneeId" TEXT,
    "departmentId" TEXT,
    "createdById" TEXT NOT NULL,
    "acceptDueAt" TIMESTAMP(3) NOT NULL,
    "resolveDueAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "resolvedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "resolutionText" TEXT,
    "rejectReason" TEXT,
    "reopenCount" INTEGER NOT NULL DEFAULT 0,
    "escalatedAt" TIMESTAMP(3),
    "escalationReason" TEXT,
    "flaggedForChief" BOOLEAN NOT NULL DEFAULT false,
    "rating" INTEGER,
    "ratingComment" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TicketEvent" (
    "id" TEXT NOT NULL,
    "ticketId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "kind" "TicketEventKind" NOT NULL,
    "visibility" "Visibility" NOT NULL DEFAULT 'PUBLIC',
    "body" TEXT,
    "fromStatus" "TicketStatus",
    "toStatus" "TicketStatus",
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TicketEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TicketHelpRequest" (
    "ticketId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TicketHelpRequest_pkey" PRIMARY KEY ("ticketId","departmentId")
);

-- CreateTable
CREATE TABLE "Hazard" (
    "id" TEXT NOT NULL,
    "bureauId" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "source" "HazardSource" NOT NULL DEFAULT 'DIRECT',
    "visitId" TEXT,
    "patrolLogId" TEXT,
    "ticketId" TEXT,
    "description" TEXT NOT NULL,
    "location" TEXT NOT NULL DEFAULT '',
    "severity" "Severity" NOT NULL DEFAULT 'MEDIUM',
    "status" "HazardStatus" NOT NULL DEFAULT 'LISTED',
    "deadline" TIMESTAMP(3) NOT NULL,
    "listedById" TEXT NOT NULL,
    "rectifyNote" TEXT,
    "rectifiedAt" TIMESTAMP(3),
    "sendBackReason" TEXT,
    "verifiedById" TEXT,
    "closedAt" TIMESTAMP(3),
    "repeatOfId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Hazard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Dispute" (
    "id" TEXT NOT NULL,
    "bureauId" TEXT NOT NULL,
    "stationId" TEXT NOT NULL,
    "enterpriseId" TEXT,
    "kind" "DisputeKind" NOT NULL,
    "parties" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "escalationRisk" BOOLEAN NOT NULL DEFAULT false,
    "status" "DisputeStatus" NOT NULL DEFAULT 'OPEN',
    "outcome" TEXT,
    "recordedById" TEXT NOT NULL,
    "closedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Dispute_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MediationSession" (
    "id" TEXT NOT NULL,
    "disputeId" TEXT NOT NULL,
    "mediatorId" TEXT NOT NULL,
    "heldAt" TIMESTAMP(3) NOT NULL,
    "notes" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MediationSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Visit" (
    "id" TEXT NOT NULL,
    "bureauId" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "officerId" TEXT NOT NULL,
    "visitedAt" TIMESTAMP(3) NOT NULL,
    "kind" "VisitKind" NOT NULL,
    "participants" TEXT NOT NULL DEFAULT '',
    "findings" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Visit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PatrolTeam" (
    "id" TEXT NOT NULL,
    "bureauId" TEXT NOT NULL,
    "stationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "leadOfficerId" TEXT,
    "guardsPerNight" INTEGER NOT NULL DEFAULT 2,
    "routeName" TEXT NOT NULL DEFAULT '',
    "checkpoints" TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PatrolTeam_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PatrolTeamMember" (
    "teamId" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PatrolTeamMember_pkey" PRIMARY KEY ("teamId","enterpriseId")
);

-- CreateTable
CREATE TABLE "PatrolUnavailability" (
    "teamId" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "date" DATE NOT NULL,

    CONSTRAINT "PatrolUnavailability_pkey" PRIMARY KEY ("teamId","enterpriseId","date")
);

-- CreateTable
CREATE TABLE "PatrolRota" (
    "id" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "status" "RotaStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PatrolRota_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PatrolShift" (
    "id" TEXT NOT NULL,
    "bureauId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "rotaId" TEXT,
    "date" DATE NOT NULL,
    "leadOfficerId" TEXT,
    "status" "ShiftStatus" NOT NULL DEFAULT 'PLANNED',
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PatrolShift_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PatrolShiftEnterprise" (
    "shiftId" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "guards" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PatrolShiftEnterprise_pkey" PRIMARY KEY ("shiftId","enterpriseId")
);

-- CreateTable
CREATE TABLE "PatrolLog" (
    "id" TEXT NOT NULL,
    "shiftId" TEXT NOT NULL,
    "kind" "PatrolKind" NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3) NOT NULL,
    "checkpointsPassed" TEXT[],
    "personsChecked" INTEGER NOT NULL DEFAULT 0,
    "vehiclesChecked" INTEGER NOT NULL DEFAULT 0,
    "guardPersonTimes" INTEGER NOT NULL DEFAULT 0,
    "incidents" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "recordedById" TEXT NOT NULL,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PatrolLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResidencyRequest" (
    "id" TEXT NOT NULL,
    "bureauId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "enterpriseId" TEXT NOT NULL,
    "kind" "ResidencyKind" NOT NULL,
    "applicantName" TEXT NOT NULL,
    "applicantIdNumber" TEXT NOT NULL,
    "applicantPhone" TEXT NOT NULL,
    "education" "Education",
    "serviceMode" "ServiceMode" NOT NULL,
    "greenChannel" BOOLEAN NOT NULL DEFAULT false,
    "greenChannelReason" TEXT,
    "status" "ResidencyStatus" NOT NULL DEFAULT 'DRAFT',
    "createdById" TEXT NOT NULL,
    "reviewerId" TEXT,
    "serviceOfficerId" TEXT,
    "serviceDate" TIMESTAMP(3),
    "materialsNote" TEXT,
    "rejectReason" TEXT,
    "submittedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ResidencyRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentRequirement" (
    "id" TEXT NOT NULL,
    "bureauId" TEXT NOT NULL,
    "kind" "ResidencyKind" NOT NULL,
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "DocumentRequirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResidencyDocument" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "requirementId" TEXT NOT NULL,
    "status" "DocumentStatus" NOT NULL DEFAULT 'MISSING',
    "rejectReason" TEXT,
    "attachmentId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ResidencyDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppointmentSlot" (
    "id" TEXT NOT NULL,
    "bureauId" TEXT NOT NULL,
    "stationId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "capacity" INTEGER NOT NULL,
    "booked" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AppointmentSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appointment" (
    "id" TEXT NOT NULL,
    "slotId" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "bookedById" TEXT NOT NULL,
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Appointment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL,
    "bureauId" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "ticketId" TEXT,
    "hazardId" TEXT,
    "patrolLogId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "link" TEXT NOT NULL DEFAULT '',
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "bureauId" TEXT,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Bureau_code_key" ON "Bureau"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Station_code_key" ON "Station"("code");

-- CreateIndex
CREATE INDEX "Station_bureauId_idx" ON "Station"("bureauId");

-- CreateIndex
CREATE UNIQUE INDEX "Workstation_code_key" ON "Workstation"("code");

-- CreateIndex
CREATE INDEX "Workstation_bureauId_idx" ON "Workstation"("bureauId");

-- CreateIndex
CREATE INDEX "Workstation_stationId_idx" ON "Workstation"("stationId");

-- CreateIndex
CREATE UNIQUE INDEX "Department_code_key" ON "Department"("code");

-- CreateIndex
CREATE INDEX "Department_bureauId_idx" ON "Department"("bureauId");

-- CreateIndex
CREATE UNIQUE INDEX "Enterprise_creditCode_key" ON "Enterprise"("creditCode");

-- CreateIndex
CREATE INDEX "Enterprise_bureauId_active_idx" ON "Enterprise"("bureauId", "active");

-- CreateIndex
CREATE INDEX "Enterprise_workstationId_idx" ON "Enterprise"("workstationId");

-- CreateIndex
CREATE INDEX "Enterprise_responsibleOfficerId_idx" ON "Enterprise"("responsibleOfficerId");

-- CreateIndex
CREATE INDEX "EnterpriseSupport_departmentId_idx" ON "EnterpriseSupport"("departmentId");

-- CreateIndex
CREATE INDEX "Assignment_enterpriseId_startedAt_idx" ON "Assignment"("enterpriseId", "startedAt");

-- CreateIndex
CREATE INDEX "Assignment_officerId_endedAt_idx" ON "Assignment"("officerId", "endedAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "User_bureauId_role_idx" ON "User"("bureauId", "role");

-- CreateIndex
CREATE INDEX "User_stationId_idx" ON "User"("stationId");

-- CreateIndex
CREATE INDEX "User_enterpriseId_idx" ON "User"("enterpriseId");

-- CreateIndex
CREATE INDEX "User_departmentId_idx" ON "User"("departmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_number_key" ON "Ticket"("number");

-- CreateIndex
CREATE INDEX "Ticket_assigneeId_status_resolveDueAt_idx" ON "Ticket"("assigneeId", "status", "resolveDueAt");

-- CreateIndex
CREATE INDEX "Ticket_enterpriseId_status_resolveDueAt_idx" ON "Ticket"("enterpriseId", "status", "resolveDueAt");

-- CreateIndex
CREATE INDEX "Ticket_departmentId_status_resolveDueAt_idx" ON "Ticket"("departmentId", "status", "resolveDueAt");

-- CreateIndex
CREATE INDEX "Ticket_bureauId_status_resolveDueAt_idx" ON "Ticket"("bureauId", "status", "resolveDueAt");

-- CreateIndex
CREATE INDEX "Ticket_bureauId_createdAt_idx" ON "Ticket"("bureauId", "createdAt");

-- CreateIndex
CREATE INDEX "Ticket_bureauId_resolvedAt_idx" ON "Ticket"("bureauId", "resolvedAt");

-- CreateIndex
CREATE INDEX "TicketEvent_ticketId_visibility_createdAt_idx" ON "TicketEvent"("ticketId", "visibility", "createdAt");

-- CreateIndex
CREATE INDEX "TicketHelpRequest_departmentId_idx" ON "TicketHelpRequest"("departmentId");

-- CreateIndex
CREATE INDEX "Hazard_enterpriseId_status_deadline_idx" ON "Hazard"("enterpriseId", "status", "deadline");

-- CreateIndex
CREATE INDEX "Hazard_bureauId_status_deadline_idx" ON "Hazard"("bureauId", "status", "deadline");

-- CreateIndex
CREATE INDEX "Hazard_bureauId_createdAt_idx" ON "Hazard"("bureauId", "createdAt");

-- CreateIndex
CREATE INDEX "Dispute_bureauId_status_idx" ON "Dispute"("bureauId", "status");

-- CreateIndex
CREATE INDEX "Dispute_bureauId_createdAt_idx" ON "Dispute"("bureauId", "createdAt");

-- CreateIndex
CREATE INDEX "Dispute_enterpriseId_idx" ON "Dispute"("enterpriseId");

-- CreateIndex
CREATE INDEX "MediationSession_disputeId_heldAt_idx" ON "MediationSession"("disputeId", "heldAt");

-- CreateIndex
CREATE INDEX "Visit_enterpriseId_visitedAt_idx" ON "Visit"("enterpriseId", "visitedAt");

-- CreateIndex
CREATE INDEX "Visit_officerId_visitedAt_idx" ON "Visit"("officerId", "visitedAt");

-- CreateIndex
CREATE INDEX "Visit_bureauId_visitedAt_idx" ON "Visit"("bureauId", "visitedAt");

-- CreateIndex
CREATE INDEX "PatrolTeam_bureauId_idx" ON "PatrolTeam"("bureauId");

-- CreateIndex
CREATE INDEX "PatrolTeam_stationId_idx" ON "PatrolTeam"("stationId");

-- CreateIndex
CREATE INDEX "PatrolTeamMember_enterpriseId_idx" ON "PatrolTeamMember"("enterpriseId");

-- CreateIndex
CREATE UNIQUE INDEX "PatrolRota_teamId_month_key" ON "PatrolRota"("teamId", "month");

-- CreateIndex
CREATE INDEX "PatrolShift_bureauId_date_idx" ON "PatrolShift"("bureauId", "date");

-- CreateIndex
CREATE INDEX "PatrolShift_leadOfficerId_date_idx" ON "PatrolShift"("leadOfficerId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "PatrolShift_teamId_date_key" ON "PatrolShift"("teamId", "date");

-- CreateIndex
CREATE INDEX "PatrolShiftEnterprise_enterpriseId_idx" ON "PatrolShiftEnterprise"("enterpriseId");

-- CreateIndex
CREATE UNIQUE INDEX "PatrolLog_shiftId_key" ON "PatrolLog"("shiftId");

-- CreateIndex
CREATE UNIQUE INDEX "ResidencyRequest_number_key" ON "ResidencyRequest"("number");

-- CreateIndex
CREATE INDEX "ResidencyRequest_enterpriseId_status_idx" ON "ResidencyRequest"("enterpriseId", "status");

-- CreateIndex
CREATE INDEX "ResidencyRequest_bureauId_status_greenChannel_submittedAt_idx" ON "ResidencyRequest"("bureauId", "status", "greenChannel", "submittedAt");

-- CreateIndex
CREATE INDEX "ResidencyRequest_bureauId_completedAt_idx" ON "ResidencyRequest"("bureauId", "completedAt");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentRequirement_bureauId_kind_code_key" ON "DocumentRequirement"("bureauId", "kind", "code");

-- CreateIndex
CREATE UNIQUE INDEX "ResidencyDocument_attachmentId_key" ON "ResidencyDocument"("attachmentId");

-- CreateIndex
CREATE UNIQUE INDEX "ResidencyDocument_requestId_requirementId_key" ON "ResidencyDocument"("requestId", "requirementId");

-- CreateIndex
CREATE INDEX "AppointmentSlot_bureauId_startsAt_idx" ON "AppointmentSlot"("bureauId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "AppointmentSlot_stationId_startsAt_key" ON "AppointmentSlot"("stationId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Appointment_requestId_key" ON "Appointment"("requestId");

-- CreateIndex
CREATE INDEX "Appointment_slotId_idx" ON "Appointment"("slotId");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_storageKey_key" ON "Attachment"("storageKey");

-- CreateIndex
CREATE INDEX "Attachment_ticketId_idx" ON "Attachment"("ticketId");

-- CreateIndex
CREATE INDEX "Attachment_hazardId_idx" ON "Attachment"("hazardId");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_entity_entityId_createdAt_idx" ON "AuditEvent"("entity", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_bureauId_createdAt_idx" ON "AuditEvent"("bureauId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_createdAt_idx" ON "AuditEvent"("actorId", "createdAt");

-- AddForeignKey
ALTER TABLE "Station" ADD CONSTRAINT "Station_bureauId_fkey" FOREIGN KEY ("bureauId") REFERENCES "Bureau"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Workstation" ADD CONSTRAINT "Workstation_bureauId_fkey" FOREIGN KEY ("bureauId") REFERENCES "Bureau"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Workstation" ADD CONSTRAINT "Workstation_stationId_fkey" FOREIGN KEY ("stationId") REFERENCES "Station"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Department" ADD CONSTRAINT "Department_bureauId_fkey" FOREIGN KEY ("bureauId") REFERENCES "Bureau"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enterprise" ADD CONSTRAINT "Enterprise_bureauId_fkey" FOREIGN KEY ("bureauId") REFERENCES "Bureau"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enterprise" ADD CONSTRAINT "Enterprise_workstationId_fkey" FOREIGN KEY ("workstationId") REFERENCES "Workstation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enterprise" ADD CONSTRAINT "Enterprise_responsibleOfficerId_fkey" FOREIGN KEY ("responsibleOfficerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnterpriseSupport" ADD CONSTRAINT "EnterpriseSupport_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnterpriseSupport" ADD CONSTRAINT "EnterpriseSupport_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_officerId_fkey" FOREIGN KEY ("officerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_bureauId_fkey" FOREIGN KEY ("bureauId") REFERENCES "Bureau"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_stationId_fkey" FOREIGN KEY ("stationId") REFERENCES "Station"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Setting" ADD CONSTRAINT "Setting_bureauId_fkey" FOREIGN KEY ("bureauId") REFERENCES "Bureau"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Counter" ADD CONSTRAINT "Counter_bureauId_fkey" FOREIGN KEY ("bureauId") REFERENCES "Bureau"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlaRule" ADD CONSTRAINT "SlaRule_bureauId_fkey" FOREIGN KEY ("bureauId") REFERENCES "Bureau"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketEvent" ADD CONSTRAINT "TicketEvent_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketEvent" ADD CONSTRAINT "TicketEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketHelpRequest" ADD CONSTRAINT "TicketHelpRequest_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TicketHelpRequest" ADD CONSTRAINT "TicketHelpRequest_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hazard" ADD CONSTRAINT "Hazard_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hazard" ADD CONSTRAINT "Hazard_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hazard" ADD CONSTRAINT "Hazard_patrolLogId_fkey" FOREIGN KEY ("patrolLogId") REFERENCES "PatrolLog"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hazard" ADD CONSTRAINT "Hazard_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hazard" ADD CONSTRAINT "Hazard_listedById_fkey" FOREIGN KEY ("listedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hazard" ADD CONSTRAINT "Hazard_verifiedById_fkey" FOREIGN KEY ("verifiedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hazard" ADD CONSTRAINT "Hazard_repeatOfId_fkey" FOREIGN KEY ("repeatOfId") REFERENCES "Hazard"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dispute" ADD CONSTRAINT "Dispute_stationId_fkey" FOREIGN KEY ("stationId") REFERENCES "Station"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dispute" ADD CONSTRAINT "Dispute_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dispute" ADD CONSTRAINT "Dispute_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediationSession" ADD CONSTRAINT "MediationSession_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediationSession" ADD CONSTRAINT "MediationSession_mediatorId_fkey" FOREIGN KEY ("mediatorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_officerId_fkey" FOREIGN KEY ("officerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PatrolTeam" ADD CONSTRAINT "PatrolTeam_stationId_fkey" FOREIGN KEY ("stationId") REFERENCES "Station"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PatrolTeam" ADD CONSTRAINT "PatrolTeam_leadOfficerId_fkey" FOREIGN KEY ("leadOfficerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PatrolTeamMember" ADD CONSTRAINT "PatrolTeamMember_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "PatrolTeam"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PatrolTeamMember" ADD CONSTRAINT "PatrolTeamMember_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PatrolUnavailability" ADD CONSTRAINT "PatrolUnavailability_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "PatrolTeam"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PatrolUnavailability" ADD CONSTRAINT "PatrolUnavailability_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PatrolRota" ADD CONSTRAINT "PatrolRota_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "PatrolTeam"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PatrolShift" ADD CONSTRAINT "PatrolShift_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "PatrolTeam"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PatrolShift" ADD CONSTRAINT "PatrolShift_rotaId_fkey" FOREIGN KEY ("rotaId") REFERENCES "PatrolRota"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PatrolShift" ADD CONSTRAINT "PatrolShift_leadOfficerId_fkey" FOREIGN KEY ("leadOfficerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PatrolShiftEnterprise" ADD CONSTRAINT "PatrolShiftEnterprise_shiftId_fkey" FOREIGN KEY ("shiftId") REFERENCES "PatrolShift"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PatrolShiftEnterprise" ADD CONSTRAINT "PatrolShiftEnterprise_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PatrolLog" ADD CONSTRAINT "PatrolLog_shiftId_fkey" FOREIGN KEY ("shiftId") REFERENCES "PatrolShift"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PatrolLog" ADD CONSTRAINT "PatrolLog_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResidencyRequest" ADD CONSTRAINT "ResidencyRequest_enterpriseId_fkey" FOREIGN KEY ("enterpriseId") REFERENCES "Enterprise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResidencyRequest" ADD CONSTRAINT "ResidencyRequest_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResidencyRequest" ADD CONSTRAINT "ResidencyRequest_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResidencyRequest" ADD CONSTRAINT "ResidencyRequest_serviceOfficerId_fkey" FOREIGN KEY ("serviceOfficerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResidencyDocument" ADD CONSTRAINT "ResidencyDocument_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ResidencyRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResidencyDocument" ADD CONSTRAINT "ResidencyDocument_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "DocumentRequirement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResidencyDocument" ADD CONSTRAINT "ResidencyDocument_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "Attachment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppointmentSlot" ADD CONSTRAINT "AppointmentSlot_stationId_fkey" FOREIGN KEY ("stationId") REFERENCES "Station"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "AppointmentSlot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ResidencyRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_bookedById_fkey" FOREIGN KEY ("bookedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_hazardId_fkey" FOREIGN KEY ("hazardId") REFERENCES "Hazard"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_patrolLogId_fkey" FOREIGN KEY ("patrolLogId") REFERENCES "PatrolLog"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Audit events are append-only: the database itself refuses to change or remove them.
CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "AuditEvent_no_update_delete" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();
