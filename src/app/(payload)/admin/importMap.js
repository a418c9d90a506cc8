import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FindingsReport as FindingsReport_244d5fa950685afb1bbfe0f45816ae56 } from '../../../../plugins/content-security/components/FindingsReport/index.client'
import { StageCell as StageCell_9b7fb3de88b162144569304a53f02626 } from '../../../../plugins/workflow-approval/components/StageCell/index.client'
import { StageField as StageField_5c082ef5b66baeb74ce8fb2cb5763f0e } from '../../../../plugins/workflow-approval/components/StageField/index.client'
import { WorkflowPanel as WorkflowPanel_a9105970975a67f659de9d202311b3c4 } from '../../../../plugins/workflow-approval/components/WorkflowPanel/index.client'
import { WorkflowActions as WorkflowActions_964a6104f5f6528726d917a6e4eb0f74 } from '../../../../plugins/workflow-approval/components/WorkflowActions/index.client'
import { NoPublishButton as NoPublishButton_46a76d4eb437518383cd19362d13c897 } from '../../../../plugins/workflow-approval/components/NoPublishButton'
import { FindingMessageField as FindingMessageField_5252425ed6d8e131c76744d7aa49b6ee } from '../../../../plugins/content-security/components/FindingMessage/index.client'
import { SnapshotTables as SnapshotTables_32fd935958e8e8d20487575efb21c73d } from '../../../../plugins/annual-report/components/SnapshotTables'
import { IssueTools as IssueTools_8ee163a8e262cee2770ce60fdfab1ea0 } from '../../../../plugins/bulletin/components/IssueTools/index.client'
import { FrozenSnapshotField as FrozenSnapshotField_b71f7fc174c18b994bf0f62db1c05cb2 } from '../../../../plugins/bulletin/components/FrozenSnapshot/index.client'
import { EntryRowLabel as EntryRowLabel_acb2d4bb43cd34c23cb346426daceca1 } from '../../../../plugins/bulletin/components/RowLabels/index.client'
import { SectionRowLabel as SectionRowLabel_acb2d4bb43cd34c23cb346426daceca1 } from '../../../../plugins/bulletin/components/RowLabels/index.client'
import { CodeLabelCell as CodeLabelCell_380e6923d29b65ee9a179ea500c21368 } from '../../../../plugins/workflow-approval/components/CodeLabel/index.client'
import { CodeLabelField as CodeLabelField_380e6923d29b65ee9a179ea500c21368 } from '../../../../plugins/workflow-approval/components/CodeLabel/index.client'
import { EventDataField as EventDataField_47de7456134d6cf115352f70326789d6 } from '../../../../plugins/workflow-approval/components/EventData/index.client'
import { DaysLeftCell as DaysLeftCell_4d8042465fa9e7ea4ab06818a6ad9f1d } from '../../../../plugins/disclosure-requests/components/DaysLeftCell/index.client'
import { StartBackfillButton as StartBackfillButton_5338d90bcc829c651a3e9ddc6b99a5cb } from '../../../../plugins/catalogue-numbering/components/StartBackfillButton/index.client'
import { TodoNavLink as TodoNavLink_c693bba34b5e8409081d06816cb17235 } from '../../../../plugins/workflow-approval/components/TodoNavLink/index.client'
import { TimelinessNav as TimelinessNav_cbcd569d2dca90a85cd0f10f5b19415c } from '../../../../plugins/timeliness/components/NavLink'
import { TodoView as TodoView_734167f65c4b574f20f10547f4272616 } from '../../../../plugins/workflow-approval/views/TodoView'
import { TimelinessDashboard as TimelinessDashboard_db24c24bcbf659074493c2d3966fab82 } from '../../../../plugins/timeliness/views/Dashboard'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/plugins/content-security/components/FindingsReport/index.client#FindingsReport": FindingsReport_244d5fa950685afb1bbfe0f45816ae56,
  "/plugins/workflow-approval/components/StageCell/index.client#StageCell": StageCell_9b7fb3de88b162144569304a53f02626,
  "/plugins/workflow-approval/components/StageField/index.client#StageField": StageField_5c082ef5b66baeb74ce8fb2cb5763f0e,
  "/plugins/workflow-approval/components/WorkflowPanel/index.client#WorkflowPanel": WorkflowPanel_a9105970975a67f659de9d202311b3c4,
  "/plugins/workflow-approval/components/WorkflowActions/index.client#WorkflowActions": WorkflowActions_964a6104f5f6528726d917a6e4eb0f74,
  "/plugins/workflow-approval/components/NoPublishButton#NoPublishButton": NoPublishButton_46a76d4eb437518383cd19362d13c897,
  "/plugins/content-security/components/FindingMessage/index.client#FindingMessageField": FindingMessageField_5252425ed6d8e131c76744d7aa49b6ee,
  "/plugins/annual-report/components/SnapshotTables#SnapshotTables": SnapshotTables_32fd935958e8e8d20487575efb21c73d,
  "/plugins/bulletin/components/IssueTools/index.client#IssueTools": IssueTools_8ee163a8e262cee2770ce60fdfab1ea0,
  "/plugins/bulletin/components/FrozenSnapshot/index.client#FrozenSnapshotField": FrozenSnapshotField_b71f7fc174c18b994bf0f62db1c05cb2,
  "/plugins/bulletin/components/RowLabels/index.client#EntryRowLabel": EntryRowLabel_acb2d4bb43cd34c23cb346426daceca1,
  "/plugins/bulletin/components/RowLabels/index.client#SectionRowLabel": SectionRowLabel_acb2d4bb43cd34c23cb346426daceca1,
  "/plugins/workflow-approval/components/CodeLabel/index.client#CodeLabelCell": CodeLabelCell_380e6923d29b65ee9a179ea500c21368,
  "/plugins/workflow-approval/components/CodeLabel/index.client#CodeLabelField": CodeLabelField_380e6923d29b65ee9a179ea500c21368,
  "/plugins/workflow-approval/components/EventData/index.client#EventDataField": EventDataField_47de7456134d6cf115352f70326789d6,
  "/plugins/disclosure-requests/components/DaysLeftCell/index.client#DaysLeftCell": DaysLeftCell_4d8042465fa9e7ea4ab06818a6ad9f1d,
  "/plugins/catalogue-numbering/components/StartBackfillButton/index.client#StartBackfillButton": StartBackfillButton_5338d90bcc829c651a3e9ddc6b99a5cb,
  "/plugins/workflow-approval/components/TodoNavLink/index.client#TodoNavLink": TodoNavLink_c693bba34b5e8409081d06816cb17235,
  "/plugins/timeliness/components/NavLink#TimelinessNav": TimelinessNav_cbcd569d2dca90a85cd0f10f5b19415c,
  "/plugins/workflow-approval/views/TodoView#TodoView": TodoView_734167f65c4b574f20f10547f4272616,
  "/plugins/timeliness/views/Dashboard#TimelinessDashboard": TimelinessDashboard_db24c24bcbf659074493c2d3966fab82,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
