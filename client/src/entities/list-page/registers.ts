// What the register frame (register-page.tsx) knows of a register besides its rows and its
// search: its locale section, the list «Скачать» offers, where «Добавить» leads and what it
// and the empty result's reset button say. Each register page declares its own (so a new kind
// adds nothing here); typecheck holds each path to a route and each text to a key.
import type { ParseKeys } from "i18next";
import type { RegisteredRouter } from "@tanstack/react-router";
import type { TDownloadList } from "@atlas/shared/downloads";

type TRoutePath = keyof RegisteredRouter["routesByPath"] & string;

/**
 * A locale section written as a register's: the ones with `emptyFiltered.title`. The frame reads
 * the same keys of each (title, intro, total, caption, sortBy, empty.{title,text},
 * emptyFiltered.{title,text}), so typecheck fails for a section that lacks one.
 */
export type TRegisterSection = ParseKeys extends infer K ? (K extends `${infer S}.emptyFiltered.title` ? S : never) : never;

export type Register = { section: TRegisterSection; download: TDownloadList; addPath: TRoutePath; addLabel: ParseKeys; resetLabel: ParseKeys };
