// The failover view's language: the `kafkaTopology.language` setting, else VS
// Code's display language (as the language server decides for its messages).
import * as vscode from 'vscode';
import type { Locale } from '../../language-server/protocol.js';

export function viewLocale(): Locale {
    const setting = vscode.workspace.getConfiguration('kafkaTopology').get<string>('language', 'auto');
    if (setting === 'en' || setting === 'ko') return setting;
    return vscode.env.language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
