-- Run once by the postgres image when its data volume is first initialised.
-- One database per service (docs/decisions.md). `./manage.sh migrate` also
-- creates any that are missing, so a service added later works on an old volume.
CREATE DATABASE switchboard_auth;
CREATE DATABASE switchboard_tickets;
CREATE DATABASE switchboard_presence;
CREATE DATABASE switchboard_reporting;
CREATE DATABASE switchboard_ai_assist;
CREATE DATABASE switchboard_notifications;
CREATE DATABASE switchboard_audit;
