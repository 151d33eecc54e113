// The kinds of record that have a page of their own, and what their frame needs to know
// about each: where its list is, how to link to one record and to its form, and what to
// say when a record is missing.
import { linkOptions } from "@tanstack/react-router";

export type TRecordKind = "meeting" | "agreement" | "event" | "project" | "partner" | "person";

export const recordKinds = {
  meeting: {
    list: linkOptions({ to: "/meetings" }),
    listLabel: "meetings.title",
    record: (id: string) => linkOptions({ to: "/meetings/$meetingId", params: { meetingId: id } }),
    edit: (id: string) => linkOptions({ to: "/meetings/$meetingId/edit", params: { meetingId: id } }),
    notFoundTitle: "meetings.one.notFoundTitle",
    notFound: "meetings.one.notFound",
  },
  agreement: {
    list: linkOptions({ to: "/agreements" }),
    listLabel: "agreements.title",
    record: (id: string) => linkOptions({ to: "/agreements/$agreementId", params: { agreementId: id } }),
    edit: (id: string) => linkOptions({ to: "/agreements/$agreementId/edit", params: { agreementId: id } }),
    notFoundTitle: "agreements.detail.notFoundTitle",
    notFound: "agreements.detail.notFound",
  },
  event: {
    list: linkOptions({ to: "/events" }),
    listLabel: "events.title",
    record: (id: string) => linkOptions({ to: "/events/$eventId", params: { eventId: id } }),
    edit: (id: string) => linkOptions({ to: "/events/$eventId/edit", params: { eventId: id } }),
    notFoundTitle: "events.notFoundTitle",
    notFound: "events.notFound",
  },
  project: {
    list: linkOptions({ to: "/projects" }),
    listLabel: "projects.title",
    record: (id: string) => linkOptions({ to: "/projects/$projectId", params: { projectId: id } }),
    edit: (id: string) => linkOptions({ to: "/projects/$projectId/edit", params: { projectId: id } }),
    notFoundTitle: "projects.notFoundTitle",
    notFound: "projects.notFound",
  },
  partner: {
    list: linkOptions({ to: "/partners" }),
    listLabel: "partners.title",
    record: (id: string) => linkOptions({ to: "/partners/$partnerId", params: { partnerId: id } }),
    edit: (id: string) => linkOptions({ to: "/partners/$partnerId/edit", params: { partnerId: id } }),
    notFoundTitle: "partner.notFoundTitle",
    notFound: "partner.notFound",
  },
  // People have no list page of their own: the trail leads back to the partners.
  person: {
    list: linkOptions({ to: "/partners" }),
    listLabel: "partners.title",
    record: (id: string) => linkOptions({ to: "/people/$personId", params: { personId: id } }),
    edit: (id: string) => linkOptions({ to: "/people/$personId/edit", params: { personId: id } }),
    notFoundTitle: "people.notFoundTitle",
    notFound: "people.notFound",
  },
} as const;
