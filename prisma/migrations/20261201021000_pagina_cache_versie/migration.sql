-- Content version for the page cache of scripts/server.mjs (scripts/pagina-cache.mjs).
-- Every committed change to a content table bumps the row "inhoud" in "CacheGeneratie" once per
-- transaction, and each app instance reads that number at most once per second and empties its page
-- cache when it changed. So a change made through any instance (or by a script) reaches all of them.
--
-- The bump is a DEFERRED constraint trigger: it runs at commit, as the last step of the transaction,
-- so the one counter row is locked only for that moment. (An immediate trigger would hold the row lock
-- from the first content statement until commit: two transactions could then wait for each other.)
-- A statement-level trigger covers TRUNCATE. New tables: `SELECT sbp_volg_inhoud('Tabel')` in their
-- migration, or list them as not tracked in tests/integration/pagina-cache-versie.test.ts.

-- The function bodies are E'...' strings with \073 for each semicolon: Prisma's PostgreSQL adapter splits a
-- migration at every semicolon (also inside $$ bodies and comments).
CREATE OR REPLACE FUNCTION sbp_inhoud_gewijzigd() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF current_setting(''sbp.inhoud_versie_tx'', true) IS DISTINCT FROM txid_current()::text THEN
    PERFORM set_config(''sbp.inhoud_versie_tx'', txid_current()::text, true)\073
    INSERT INTO "CacheGeneratie" ("groep", "generatie") VALUES (''inhoud'', 1)
      ON CONFLICT ("groep") DO UPDATE SET "generatie" = "CacheGeneratie"."generatie" + 1\073
  END IF\073
  RETURN NULL\073
END';

CREATE OR REPLACE FUNCTION sbp_volg_inhoud(tabel text) RETURNS void LANGUAGE plpgsql AS E'
BEGIN
  EXECUTE format(''DROP TRIGGER IF EXISTS sbp_inhoud_versie ON %I'', tabel)\073
  EXECUTE format(''CREATE CONSTRAINT TRIGGER sbp_inhoud_versie AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sbp_inhoud_gewijzigd()'', tabel)\073
  EXECUTE format(''DROP TRIGGER IF EXISTS sbp_inhoud_versie_leeg ON %I'', tabel)\073
  EXECUTE format(''CREATE TRIGGER sbp_inhoud_versie_leeg AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION sbp_inhoud_gewijzigd()'', tabel)\073
END';

INSERT INTO "CacheGeneratie" ("groep", "generatie") VALUES ('inhoud', 0) ON CONFLICT ("groep") DO NOTHING;

-- Content shown on public pages (or that decides what they show: users' names, reports that hide items).
-- Not tracked: sessions, login tokens, invitations, recovery codes, OIDC accounts, rate limits, audit log,
-- jobs, caches, reference counters (see NIET_GEVOLGD in the test).
SELECT sbp_volg_inhoud('User');
SELECT sbp_volg_inhoud('OpbouwwerkerWijk');
SELECT sbp_volg_inhoud('Instellingen');
SELECT sbp_volg_inhoud('Wijk');
SELECT sbp_volg_inhoud('WijkSlug');
SELECT sbp_volg_inhoud('GebiedImport');
SELECT sbp_volg_inhoud('WijkCijfer');
SELECT sbp_volg_inhoud('Categorie');
SELECT sbp_volg_inhoud('Organisatie');
SELECT sbp_volg_inhoud('Plek');
SELECT sbp_volg_inhoud('Activiteit');
SELECT sbp_volg_inhoud('PlekSuggestie');
SELECT sbp_volg_inhoud('Initiatief');
SELECT sbp_volg_inhoud('Bericht');
SELECT sbp_volg_inhoud('Beoordeling');
SELECT sbp_volg_inhoud('Goedkeuring');
SELECT sbp_volg_inhoud('Verantwoording');
SELECT sbp_volg_inhoud('SocialeAgendaConcept');
SELECT sbp_volg_inhoud('SocialeAgendaVersie');
SELECT sbp_volg_inhoud('Signaal');
SELECT sbp_volg_inhoud('Verhaal');
SELECT sbp_volg_inhoud('Vrijwilliger');
SELECT sbp_volg_inhoud('Vacature');
SELECT sbp_volg_inhoud('VacatureReactie');
SELECT sbp_volg_inhoud('Hulpvraag');
SELECT sbp_volg_inhoud('HulpAanbod');
SELECT sbp_volg_inhoud('Melding');
SELECT sbp_volg_inhoud('Huisstijl');
