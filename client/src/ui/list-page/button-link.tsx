// A router link dressed as a button with an icon before its label: the registers' «+ Добавить»
// links and the dashboards' links to one another («Карта», «Обзор») are all this one piece.
import type { AnchorHTMLAttributes, Ref } from "react";
import { createLink } from "@tanstack/react-router";
import { buttonClass, type ButtonVariant } from "../button.tsx";
import { Icon, type IconName } from "../icons.tsx";

type ButtonAnchorProps = AnchorHTMLAttributes<HTMLAnchorElement> & { variant: ButtonVariant; icon: IconName; ref?: Ref<HTMLAnchorElement> };

function ButtonAnchor({ variant, icon, className, children, ref, ...rest }: ButtonAnchorProps) {
  // `className` is the router's own (e.g. "active"); it joins the button look, as it does on a plain Link.
  return (
    <a ref={ref} {...rest} className={buttonClass(variant, "md", className)}>
      <Icon name={icon} />
      <span>{children}</span>
    </a>
  );
}

/** Typed like the router's `Link` (to, params, search), rendered as a button-styled anchor. */
export const ButtonLink = createLink(ButtonAnchor);
