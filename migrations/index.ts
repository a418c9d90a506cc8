import * as migration_20261127_212836_initial from './20261127_212836_initial';
import * as migration_20261127_223144_catalogue_numbering from './20261127_223144_catalogue_numbering';
import * as migration_20261128_003635_bulletin from './20261128_003635_bulletin';
import * as migration_20261128_003649_workflow_approval from './20261128_003649_workflow_approval';
import * as migration_20261128_005105_portal_publishing from './20261128_005105_portal_publishing';
import * as migration_20261128_014636_merge_snapshot from './20261128_014636_merge_snapshot';
import * as migration_20261128_014707_bulletin_workflow from './20261128_014707_bulletin_workflow';
import * as migration_20261128_031615_workflow_event_actor_name from './20261128_031615_workflow_event_actor_name';
import * as migration_20261201_014741_workflow_events_on_behalf_of from './20261201_014741_workflow_events_on_behalf_of';
import * as migration_20261201_015802_site_settings from './20261201_015802_site_settings';
import * as migration_20261201_025609_merge_snapshot from './20261201_025609_merge_snapshot';
import * as migration_20261201_045552_portal_invalidations from './20261201_045552_portal_invalidations';
import * as migration_20261201_050013_portal_scale_indexes from './20261201_050013_portal_scale_indexes';
import * as migration_20261202_004500_catalogue_counts from './20261202_004500_catalogue_counts';
import * as migration_20261202_030000_files_follow_documents from './20261202_030000_files_follow_documents';
import * as migration_20261202_124023_media_uploaded_by from './20261202_124023_media_uploaded_by';
import * as migration_20261202_130216_content_security from './20261202_130216_content_security';
import * as migration_20261202_140000_portal_facets_index from './20261202_140000_portal_facets_index';
import * as migration_20261202_140100_disclosure_requests from './20261202_140100_disclosure_requests';
import * as migration_20261202_172505_publication_record from './20261202_172505_publication_record';
import * as migration_20261202_172629_disclosure_request_form from './20261202_172629_disclosure_request_form';
import * as migration_20261202_173209_annual_reports from './20261202_173209_annual_reports';
import * as migration_20261202_173214_disclosure_request_deadlines from './20261202_173214_disclosure_request_deadlines';
import * as migration_20261203_070000_timeliness_indexes from './20261203_070000_timeliness_indexes';

export const migrations = [
  {
    up: migration_20261127_212836_initial.up,
    down: migration_20261127_212836_initial.down,
    name: '20261127_212836_initial',
  },
  {
    up: migration_20261127_223144_catalogue_numbering.up,
    down: migration_20261127_223144_catalogue_numbering.down,
    name: '20261127_223144_catalogue_numbering',
  },
  {
    up: migration_20261128_003635_bulletin.up,
    down: migration_20261128_003635_bulletin.down,
    name: '20261128_003635_bulletin',
  },
  {
    up: migration_20261128_003649_workflow_approval.up,
    down: migration_20261128_003649_workflow_approval.down,
    name: '20261128_003649_workflow_approval',
  },
  {
    up: migration_20261128_005105_portal_publishing.up,
    down: migration_20261128_005105_portal_publishing.down,
    name: '20261128_005105_portal_publishing',
  },
  {
    up: migration_20261128_014636_merge_snapshot.up,
    down: migration_20261128_014636_merge_snapshot.down,
    name: '20261128_014636_merge_snapshot',
  },
  {
    up: migration_20261128_014707_bulletin_workflow.up,
    down: migration_20261128_014707_bulletin_workflow.down,
    name: '20261128_014707_bulletin_workflow',
  },
  {
    up: migration_20261128_031615_workflow_event_actor_name.up,
    down: migration_20261128_031615_workflow_event_actor_name.down,
    name: '20261128_031615_workflow_event_actor_name',
  },
  {
    up: migration_20261201_014741_workflow_events_on_behalf_of.up,
    down: migration_20261201_014741_workflow_events_on_behalf_of.down,
    name: '20261201_014741_workflow_events_on_behalf_of',
  },
  {
    up: migration_20261201_015802_site_settings.up,
    down: migration_20261201_015802_site_settings.down,
    name: '20261201_015802_site_settings',
  },
  {
    up: migration_20261201_025609_merge_snapshot.up,
    down: migration_20261201_025609_merge_snapshot.down,
    name: '20261201_025609_merge_snapshot',
  },
  {
    up: migration_20261201_045552_portal_invalidations.up,
    down: migration_20261201_045552_portal_invalidations.down,
    name: '20261201_045552_portal_invalidations',
  },
  {
    up: migration_20261201_050013_portal_scale_indexes.up,
    down: migration_20261201_050013_portal_scale_indexes.down,
    name: '20261201_050013_portal_scale_indexes',
  },
  {
    up: migration_20261202_004500_catalogue_counts.up,
    down: migration_20261202_004500_catalogue_counts.down,
    name: '20261202_004500_catalogue_counts',
  },
  {
    up: migration_20261202_030000_files_follow_documents.up,
    down: migration_20261202_030000_files_follow_documents.down,
    name: '20261202_030000_files_follow_documents',
  },
  {
    up: migration_20261202_124023_media_uploaded_by.up,
    down: migration_20261202_124023_media_uploaded_by.down,
    name: '20261202_124023_media_uploaded_by',
  },
  {
    up: migration_20261202_130216_content_security.up,
    down: migration_20261202_130216_content_security.down,
    name: '20261202_130216_content_security',
  },
  {
    up: migration_20261202_140000_portal_facets_index.up,
    down: migration_20261202_140000_portal_facets_index.down,
    name: '20261202_140000_portal_facets_index',
  },
  {
    up: migration_20261202_140100_disclosure_requests.up,
    down: migration_20261202_140100_disclosure_requests.down,
    name: '20261202_140100_disclosure_requests',
  },
  {
    up: migration_20261202_172505_publication_record.up,
    down: migration_20261202_172505_publication_record.down,
    name: '20261202_172505_publication_record',
  },
  {
    up: migration_20261202_172629_disclosure_request_form.up,
    down: migration_20261202_172629_disclosure_request_form.down,
    name: '20261202_172629_disclosure_request_form',
  },
  {
    up: migration_20261202_173209_annual_reports.up,
    down: migration_20261202_173209_annual_reports.down,
    name: '20261202_173209_annual_reports',
  },
  {
    up: migration_20261202_173214_disclosure_request_deadlines.up,
    down: migration_20261202_173214_disclosure_request_deadlines.down,
    name: '20261202_173214_disclosure_request_deadlines',
  },
  {
    up: migration_20261203_070000_timeliness_indexes.up,
    down: migration_20261203_070000_timeliness_indexes.down,
    name: '20261203_070000_timeliness_indexes',
  },
];
