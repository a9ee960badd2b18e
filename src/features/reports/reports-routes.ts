// The two report pages as one lazy route chunk: both routes import this module (a secretary's
// form and a leader's 上报情况 share their code, so neither pays a second request).
export { ReportFormPage } from './report-form-page';
export { ReportStatusPage } from './report-status-page';
