-- Page cache (scripts/pagina-cache.mjs): the tables added beside it change what anonymous pages show.
-- The schedule of an activity is on the public pages, the logo is in every page header.
SELECT sbp_volg_inhoud('ActiviteitRooster');
SELECT sbp_volg_inhoud('HuisstijlLogo');
