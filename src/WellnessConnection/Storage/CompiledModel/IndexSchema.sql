CREATE TABLE "Bodies" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Bodies" PRIMARY KEY AUTOINCREMENT,
    "Markdown" TEXT NOT NULL,
    "Html" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "HeadingsJson" TEXT NOT NULL,
    "ReadingTimeMinutes" INTEGER NOT NULL
);


CREATE TABLE "CrisisLines" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CrisisLines" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Scope" TEXT NOT NULL,
    "Regions" TEXT NOT NULL,
    "Audience" TEXT NOT NULL,
    "Phone" TEXT NOT NULL,
    "Text" TEXT NULL,
    "Url" TEXT NULL,
    "Hours" TEXT NULL,
    "Languages" TEXT NOT NULL,
    "LastVerified" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "Slug" TEXT NOT NULL,
    "Locale" TEXT NOT NULL,
    "ServedLanguage" TEXT NOT NULL,
    "Draft" INTEGER NOT NULL,
    "BodyId" INTEGER NOT NULL,
    "SourcePath" TEXT NOT NULL
);


CREATE TABLE "Facilitators" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Facilitators" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Credentials" TEXT NULL,
    "Pronouns" TEXT NULL,
    "Slug" TEXT NOT NULL,
    "Locale" TEXT NOT NULL,
    "ServedLanguage" TEXT NOT NULL,
    "Draft" INTEGER NOT NULL,
    "BodyId" INTEGER NOT NULL,
    "SourcePath" TEXT NOT NULL
);


CREATE TABLE "Pages" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Pages" PRIMARY KEY AUTOINCREMENT,
    "Title" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Order" INTEGER NULL,
    "Slug" TEXT NOT NULL,
    "Locale" TEXT NOT NULL,
    "ServedLanguage" TEXT NOT NULL,
    "Draft" INTEGER NOT NULL,
    "BodyId" INTEGER NOT NULL,
    "SourcePath" TEXT NOT NULL
);


CREATE TABLE "Resources" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Resources" PRIMARY KEY AUTOINCREMENT,
    "Title" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Url" TEXT NULL,
    "Audience" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Slug" TEXT NOT NULL,
    "Locale" TEXT NOT NULL,
    "ServedLanguage" TEXT NOT NULL,
    "Draft" INTEGER NOT NULL,
    "BodyId" INTEGER NOT NULL,
    "SourcePath" TEXT NOT NULL
);


CREATE TABLE "Series" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Series" PRIMARY KEY AUTOINCREMENT,
    "Title" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Slug" TEXT NOT NULL,
    "Locale" TEXT NOT NULL,
    "ServedLanguage" TEXT NOT NULL,
    "Draft" INTEGER NOT NULL,
    "BodyId" INTEGER NOT NULL,
    "SourcePath" TEXT NOT NULL
);


CREATE TABLE "Topics" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Topics" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Order" INTEGER NULL,
    "Slug" TEXT NOT NULL,
    "Locale" TEXT NOT NULL,
    "ServedLanguage" TEXT NOT NULL,
    "Draft" INTEGER NOT NULL,
    "BodyId" INTEGER NOT NULL,
    "SourcePath" TEXT NOT NULL
);


CREATE TABLE "Sessions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Sessions" PRIMARY KEY AUTOINCREMENT,
    "Title" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "StartsAt" TEXT NOT NULL,
    "EndsAt" TEXT NOT NULL,
    "TimeZone" TEXT NOT NULL,
    "DurationMinutes" INTEGER NOT NULL,
    "SeriesId" INTEGER NULL,
    "Part" INTEGER NULL,
    "Audience" TEXT NOT NULL,
    "RegistrationUrl" TEXT NULL,
    "Status" TEXT NOT NULL,
    "PublishAt" TEXT NULL,
    "Slug" TEXT NOT NULL,
    "Locale" TEXT NOT NULL,
    "ServedLanguage" TEXT NOT NULL,
    "Draft" INTEGER NOT NULL,
    "BodyId" INTEGER NOT NULL,
    "SourcePath" TEXT NOT NULL,
    CONSTRAINT "FK_Sessions_Series_SeriesId" FOREIGN KEY ("SeriesId") REFERENCES "Series" ("Id")
);


CREATE TABLE "ResourceTopics" (
    "FromId" INTEGER NOT NULL,
    "ToId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    CONSTRAINT "PK_ResourceTopics" PRIMARY KEY ("FromId", "ToId"),
    CONSTRAINT "FK_ResourceTopics_Resources_FromId" FOREIGN KEY ("FromId") REFERENCES "Resources" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ResourceTopics_Topics_ToId" FOREIGN KEY ("ToId") REFERENCES "Topics" ("Id") ON DELETE CASCADE
);


CREATE TABLE "SessionFacilitators" (
    "FromId" INTEGER NOT NULL,
    "ToId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    CONSTRAINT "PK_SessionFacilitators" PRIMARY KEY ("FromId", "ToId"),
    CONSTRAINT "FK_SessionFacilitators_Facilitators_ToId" FOREIGN KEY ("ToId") REFERENCES "Facilitators" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_SessionFacilitators_Sessions_FromId" FOREIGN KEY ("FromId") REFERENCES "Sessions" ("Id") ON DELETE CASCADE
);


CREATE TABLE "SessionTopics" (
    "FromId" INTEGER NOT NULL,
    "ToId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    CONSTRAINT "PK_SessionTopics" PRIMARY KEY ("FromId", "ToId"),
    CONSTRAINT "FK_SessionTopics_Sessions_FromId" FOREIGN KEY ("FromId") REFERENCES "Sessions" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_SessionTopics_Topics_ToId" FOREIGN KEY ("ToId") REFERENCES "Topics" ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_CrisisLines_Locale" ON "CrisisLines" ("Locale");


CREATE UNIQUE INDEX "IX_CrisisLines_Slug_Locale" ON "CrisisLines" ("Slug", "Locale");


CREATE INDEX "IX_Facilitators_Locale" ON "Facilitators" ("Locale");


CREATE UNIQUE INDEX "IX_Facilitators_Slug_Locale" ON "Facilitators" ("Slug", "Locale");


CREATE INDEX "IX_Pages_Locale" ON "Pages" ("Locale");


CREATE UNIQUE INDEX "IX_Pages_Slug_Locale" ON "Pages" ("Slug", "Locale");


CREATE INDEX "IX_Resources_Locale" ON "Resources" ("Locale");


CREATE UNIQUE INDEX "IX_Resources_Slug_Locale" ON "Resources" ("Slug", "Locale");


CREATE INDEX "IX_ResourceTopics_ToId" ON "ResourceTopics" ("ToId");


CREATE INDEX "IX_Series_Locale" ON "Series" ("Locale");


CREATE UNIQUE INDEX "IX_Series_Slug_Locale" ON "Series" ("Slug", "Locale");


CREATE INDEX "IX_SessionFacilitators_ToId" ON "SessionFacilitators" ("ToId");


CREATE INDEX "IX_Sessions_Locale" ON "Sessions" ("Locale");


CREATE INDEX "IX_Sessions_Locale_StartsAt_SourcePath" ON "Sessions" ("Locale", "StartsAt", "SourcePath");


CREATE INDEX "IX_Sessions_SeriesId" ON "Sessions" ("SeriesId");


CREATE UNIQUE INDEX "IX_Sessions_Slug_Locale" ON "Sessions" ("Slug", "Locale");


CREATE INDEX "IX_SessionTopics_ToId" ON "SessionTopics" ("ToId");


CREATE INDEX "IX_Topics_Locale" ON "Topics" ("Locale");


CREATE UNIQUE INDEX "IX_Topics_Slug_Locale" ON "Topics" ("Slug", "Locale");


