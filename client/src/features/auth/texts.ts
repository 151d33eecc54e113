// This feature's texts travel with its pages, not in the first load (lib/feature-texts.ts).
import { defineFeatureTexts } from "../../lib/feature-texts.ts";

const authRu = {
  signIn: {
    title: "Вход в систему",
    intro: "Для работы с реестром войдите под своей учётной записью.",
    email: "Электронная почта",
    password: "Пароль",
    showPassword: "Показать пароль",
    hidePassword: "Скрыть пароль",
    submit: "Войти",
    submitting: "Вход…",
    wrongCredentials: "Неверная электронная почта или пароль.",
    tooManyAttempts: "Слишком много неудачных попыток. Повторите через {{wait}}.",
    tooManyAttemptsLater: "Слишком много неудачных попыток. Повторите позже.",
    inactive: "Учётная запись отключена. Обратитесь к администратору.",
    demoTitle: "Демонстрационный режим",
    demoText: "Выберите учётную запись — форма заполнится сама. Пароль: «{{password}}».",
    demoUse: "Войти как {{role}}: {{email}}",
    signedOut: "Вы вышли из системы.",
    footer: "Доступ только для уполномоченных сотрудников.",
    pitch: "Партнёры, договорённости, встречи и планы региона — в одном реестре.",
  },
  changePassword: {
    title: "Смена пароля",
    forcedIntro: "Вам выдан временный пароль. Задайте собственный пароль, чтобы продолжить работу.",
    intro: "Новый пароль начнёт действовать сразу.",
    current: "Текущий пароль",
    currentTemporary: "Временный пароль",
    new: "Новый пароль",
    newHint: "Не короче 10 символов. Удобно взять несколько слов.",
    repeat: "Новый пароль ещё раз",
    mismatch: "Пароли не совпадают",
    sameAsOld: "Новый пароль совпадает с текущим",
    wrongCurrent: "Текущий пароль введён неверно",
    submit: "Сменить пароль",
    success: "Пароль изменён.",
    cancel: "Вернуться",
  },
};

declare module "../../lib/feature-texts.ts" {
  interface FeatureTexts {
    auth: typeof authRu;
  }
}

defineFeatureTexts("auth", authRu, {
  signIn: {
    title: "Sign in",
    intro: "Sign in with your account to work with the register.",
    email: "Email",
    password: "Password",
    showPassword: "Show password",
    hidePassword: "Hide password",
    submit: "Sign in",
    submitting: "Signing in…",
    wrongCredentials: "Wrong email or password.",
    tooManyAttempts: "Too many failed attempts. Try again in {{wait}}.",
    tooManyAttemptsLater: "Too many failed attempts. Try again later.",
    inactive: "This account is deactivated. Please contact an administrator.",
    demoTitle: "Demo mode",
    demoText: "Pick an account and the form fills itself. Password: “{{password}}”.",
    demoUse: "Sign in as {{role}}: {{email}}",
    signedOut: "You have signed out.",
    footer: "Authorised staff only.",
    pitch: "The region's partners, agreements, meetings and plans in one register.",
  },
  changePassword: {
    title: "Change password",
    forcedIntro: "You were given a temporary password. Choose your own password to continue.",
    intro: "The new password takes effect immediately.",
    current: "Current password",
    currentTemporary: "Temporary password",
    new: "New password",
    newHint: "At least 10 characters. A few words work well.",
    repeat: "New password again",
    mismatch: "The passwords do not match",
    sameAsOld: "The new password is the same as the current one",
    wrongCurrent: "The current password is wrong",
    submit: "Change password",
    success: "Your password has been changed.",
    cancel: "Go back",
  },
});
