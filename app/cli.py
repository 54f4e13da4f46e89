"""`khedmat`: one entry point for the GUI and the command-line sub-commands.

Sub-commands import what only they need (spreadsheets, PDFs, demo data) when they run, so
opening the window does not wait for them.

Messages go out in the user's language (`--lang`, or KHEDMAT_LANG; Persian by default).
Exit codes: 0 done, 1 not found or refused, 2 bad input or database trouble, 70 a bug.
"""
from __future__ import annotations

import argparse
import getpass
import logging
import os
import subprocess
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import config
from app.domain.kinds import Role, label
from app.errors import (
    DatabaseDamaged,
    DatabaseMissing,
    KhedmatError,
    NotFound,
    Translate,
    ValidationError,
)
from app.i18n import LANGUAGES, QT_TRANSLATE_NOOP, Catalogue
from app.locale.calendars import Calendar
from app.locale.display import Locale
from app.logs import log_path, setup_logging
from app.services.accounts import add_account, disable_account, list_accounts, set_password, sign_in
from app.services.backups import backup_to, latest_good_backup, restore_from, start_of_day_backup
from app.services.company import PAPER_SIZES
from app.services.desk import SYSTEM_FULL_NAME, Actor, Desk, open_desk
from app.services.output_files import remove_leftovers
from app.services.units import lookup_coverage
from app.store import Store, open_store
from app.store.engine import describe_url, sqlite_path
from app.store.migrations import upgrade

if TYPE_CHECKING:
    from app.ui.app import StartingFrame

log = logging.getLogger("khedmat.cli")

EXIT_OK, EXIT_REFUSED, EXIT_BAD_INPUT, EXIT_BUG = 0, 1, 2, 70
PASSWORD_ENV = "KHEDMAT_PASSWORD"
NEW_PASSWORD_ENV = "KHEDMAT_NEW_PASSWORD"


def _with_parents(extra: list[argparse.ArgumentParser]) -> type[argparse.ArgumentParser]:
    """A parser class whose every instance also takes the options of `extra`."""

    class Parser(argparse.ArgumentParser):
        def __init__(self, *args: Any, parents: Sequence[argparse.ArgumentParser] = (), **kwargs: Any) -> None:
            super().__init__(*args, parents=[*parents, *extra], **kwargs)

    return Parser


def _global_options(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument("--db", default=default,
                        help="database file or SQLAlchemy URL (default: the embedded database)")
    parser.add_argument("--lang", choices=LANGUAGES, default=default, help="language of the interface and messages")
    parser.add_argument("--user", default=default,
                        help="the account to sign in as, on a database whose accounts have passwords (the "
                             "password from KHEDMAT_PASSWORD, or asked for)")
    parser.add_argument("--create", action="store_true", default=default,
                        help="make a new, empty database at --db when no file is there (without it a path that "
                             "does not exist is refused, so a mistyped path cannot start an empty database; "
                             "demo and the default embedded database need no --create)")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="khedmat", description="Khedmat service desk")
    _global_options(parser, None)
    parser.add_argument("--demo-if-empty", action="store_true",
                        help="fill an empty database with demo data before starting")
    # --db and --lang are taken after the command too (khedmat demo --lang ar --db x.db); absent
    # there, they leave what was given before it.
    after = argparse.ArgumentParser(add_help=False)
    _global_options(after, argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", parser_class=_with_parents([after]))
    commands.add_parser("gui", help="open the main window (the default)")
    demo = commands.add_parser("demo", help="fill an empty database with realistic demo data")
    demo.add_argument("--customers", type=int, default=300)
    demo.add_argument("--seed", type=int, default=1)
    lookup = commands.add_parser("lookup", help="print the coverage decision for a unit")
    lookup.add_argument("serial")
    lookup.add_argument("--date", type=date.fromisoformat, help="decide for this day (YYYY-MM-DD)")
    export = commands.add_parser(
        "export", help="export records to .xlsx or .csv in the canonical machine format",
        description="Write every record of ENTITY to OUT (.xlsx or .csv) in the canonical machine format: "
                    "canonical field names as headings, ISO dates, plain numbers. It is for scripts and for "
                    "importing back unchanged (khedmat import reads it). For people, use Export to Excel… in "
                    "the window instead: it writes the list as it is filtered, with headings and statuses in "
                    "the user's language, dates in the user's calendar and amounts in a money format.")
    export.add_argument("entity", metavar="ENTITY", choices=("customers", "assets", "tickets", "contracts", "followups"),
                        help="customers, assets, tickets, contracts or followups")
    export.add_argument("out", metavar="OUT", type=Path, help="the .xlsx or .csv file to write")
    jobcard = commands.add_parser("jobcard", help="write a ticket's job card as PDF")
    jobcard.add_argument("ticket", help="ticket number, in any digits")
    jobcard.add_argument("out", type=Path)
    jobcard.add_argument("--page", choices=PAPER_SIZES, help="paper size (default: the one chosen in the settings)")
    receipt = commands.add_parser("receipt", help="write a ticket's delivery receipt as PDF")
    receipt.add_argument("ticket", help="ticket number, in any digits")
    receipt.add_argument("out", type=Path)
    receipt.add_argument("--page", choices=PAPER_SIZES, help="paper size (default: the one chosen in the settings)")
    importing = commands.add_parser("import", help="import a legacy workbook (.xlsx, .xls, .ods)")
    importing.add_argument("file", type=Path)
    importing.add_argument("--dry-run", action="store_true", help="check and report without writing anything")
    importing.add_argument("--errors", type=Path, metavar="OUT.xlsx",
                           help="write the rejected rows, with the reason, to this workbook")
    importing.add_argument("--log", type=Path, metavar="OUT.xlsx",
                           help="write every row read, with what became of it, to this workbook")
    importing.add_argument("--map", type=Path, metavar="MAP.json",
                           help="take each sheet's header row and columns from this mapping file")
    importing.add_argument("--save-map", type=Path, metavar="MAP.json",
                           help="save the header rows and columns used, to reuse with --map")
    importing.add_argument("--close-open-older-than", type=int, metavar="MONTHS",
                           help="a job still open in the sheet but received more than MONTHS months ago is closed "
                                "as imported, its sheet status kept in its history (default 6; 0 keeps every job "
                                "open)")
    backup = commands.add_parser("backup", help="write a checked copy of the database (safe while clerks work)")
    backup.add_argument("out", metavar="OUT", type=Path, help="the file to write")
    restore = commands.add_parser(
        "restore", help="put a backup in place of the database",
        description="Check IN (a sound Khedmat database this version knows), keep the database as it is in the "
                    "backup folder, then put IN in its place.")
    restore.add_argument("backup", metavar="IN", type=Path, help="the backup to restore")
    user = commands.add_parser("user", help="accounts and sign-in (the administrator's)")
    user_commands = user.add_subparsers(dest="user_command", required=True, parser_class=_with_parents([after]))
    add = user_commands.add_parser("add", help="add an account (its password from KHEDMAT_NEW_PASSWORD or asked for)")
    add.add_argument("username")
    add.add_argument("--full-name", required=True)
    add.add_argument("--role", choices=[r.value for r in Role if r is not Role.ADMIN], default=Role.CLERK.value)
    add.add_argument("--no-password", action="store_true",
                     help="on the staff without signing in (a technician named on jobs)")
    passwd = user_commands.add_parser("passwd", help="give an account a new password (lifts a lock)")
    passwd.add_argument("username")
    user_commands.add_parser("list", help="list the accounts")
    disable = user_commands.add_parser("disable", help="stop an account from signing in")
    disable.add_argument("username")
    report = commands.add_parser("report", help="the manager's reports")
    report_commands = report.add_subparsers(dest="report_command", required=True,
                                            parser_class=_with_parents([after]))
    monthly = report_commands.add_parser(
        "monthly", help="write the monthly report as PDF or Excel",
        description="Write the report of one month (in the chosen calendar, from its first to its last day "
                    "where the service unit is) beside the month before it and the same month a year before. "
                    "OUT ending in .pdf is the printable report; .xlsx a workbook with one sheet per section.")
    monthly.add_argument("--month", required=True, metavar="YYYY-MM", help="the month, e.g. 1403-07 (any digits)")
    monthly.add_argument("--calendar", choices=[c.value for c in Calendar],
                         help="the calendar of --month (default: the desk's own)")
    monthly.add_argument("out", metavar="OUT", type=Path, help="the .pdf or .xlsx file to write")
    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", required=True, parser_class=_with_parents([after]))
    db_commands.add_parser("upgrade", help="upgrade the database schema (backs up SQLite first)")
    return parser


def main(argv: Sequence[str] | None = None, starting: StartingFrame | None = None) -> int:
    """`starting`: the window's frame app.launch painted before this module was imported."""
    args = _parser().parse_args(argv)
    lang = config.language(args.lang)
    if lang not in LANGUAGES:
        lang = config.DEFAULT_LANGUAGE
    setup_logging()
    remove_leftovers()
    catalogue = Catalogue.load(lang)
    locale = Locale.from_settings(lang, config.machine_settings())
    try:
        return _run(args, locale, catalogue, starting)
    except KhedmatError as error:
        print(error.message(catalogue.translate, locale), file=sys.stderr)
        return EXIT_REFUSED if isinstance(error, NotFound) else EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return EXIT_REFUSED
    except Exception:
        log.exception("unexpected error")
        print(catalogue.translate("Cli", "Khedmat hit an internal error; the details are in {log}.")
              .format(log=log_path()), file=sys.stderr)
        return EXIT_BUG


def _open(args: argparse.Namespace, catalogue: Catalogue, *, migrate: bool = True) -> Store | None:
    """The database the command works on. The embedded one in the data folder is made on
    first run; any other path must exist unless --create (or demo, which is there to fill a
    new database) says to make it, and the window asks first. An existing file without any
    table (another program's) is taken only in the data folder. None: the clerk chose not
    to make a new database."""
    url, folder = config.database_url(args.db), config.backup_folder()
    default = args.db is None and not os.environ.get(config.DATABASE_ENV)
    create = default or args.create or args.command == "demo"
    try:
        return open_store(url, migrate=migrate, create=create, take_empty=default, backup_dir=folder)
    except DatabaseMissing:
        if args.command not in (None, "gui"):
            raise
        from app.ui.app import ask_to_create_database

        if not ask_to_create_database(catalogue, describe_url(url)):
            return None
        return open_store(url, migrate=migrate, create=True, take_empty=False, backup_dir=folder)


def _run(args: argparse.Namespace, locale: Locale, catalogue: Catalogue, starting: StartingFrame | None) -> int:
    translate = catalogue.translate
    url = config.database_url(args.db)
    folder = config.backup_folder()

    if args.command == "db":
        store = _open(args, catalogue, migrate=False)
        if store is None:
            return EXIT_REFUSED
        try:
            backup = upgrade(store)
        finally:
            store.close()
        print(translate("Cli", "The database is up to date."))
        if backup is not None:
            print(translate("Cli", "A backup of the old database is at {path}.").format(path=backup))
        return EXIT_OK
    if args.command == "backup":
        print(translate("Cli", "Backup written to {path} and checked.").format(path=backup_to(url, args.out)))
        return EXIT_OK
    if args.command == "restore":
        return _restore(url, args.backup, folder, translate, _restorer(args, url, catalogue))

    gui = args.command in (None, "gui")
    if gui and starting is None:  # app.launch asks before it paints the frame
        from app.ui.single_instance import focus_running_window

        if focus_running_window(url):
            return EXIT_OK
    try:
        store = _open_for_work(args, catalogue, gui)
    except DatabaseDamaged as damaged:
        if not (gui and _restore_offered(url, folder, damaged, catalogue, locale)):
            print(_damaged_message(url, folder, damaged, translate), file=sys.stderr)
            return EXIT_BAD_INPUT
        store = _open_for_work(args, catalogue, gui)
    if store is None:
        return EXIT_REFUSED
    try:
        signing_in = store.signing_in()
        actor = _signed_in(args, store, catalogue, gui) if signing_in else None
        if signing_in and actor is None:
            return EXIT_REFUSED
        desk = open_desk(store, locale, actor)
        if args.command == "user":
            return _user(desk, args, translate)
        if args.command == "demo":
            return _demo(desk, args.customers, args.seed, catalogue)
        if args.command == "lookup":
            return _lookup(desk, args.serial, args.date, translate)
        if args.command == "export":
            from app.services.export import export

            count = export(desk, args.entity, args.out)
            print(translate("Cli", "{count} rows written to {path}.")
                  .format(count=locale.digits(count), path=args.out))
            return EXIT_OK
        if args.command in ("jobcard", "receipt"):
            return _document(desk, args.command, args.ticket, args.out, args.page, translate)
        if args.command == "import":
            return _import(desk, args, translate)
        if args.command == "report":
            return _monthly_report(desk, args, translate)
        if args.demo_if_empty:
            from app.services.demo import is_empty

            if is_empty(desk):
                _demo(desk, 300, 1, catalogue)
        from app.ui.app import run_gui

        return run_gui(desk, catalogue, starting)
    finally:
        store.close()


def _open_for_work(args: argparse.Namespace, catalogue: Catalogue, gui: bool) -> Store | None:
    """The database, and when the desk starts, the day's first backup (which checks it)."""
    store = _open(args, catalogue)
    if store is None:
        return None
    try:
        if gui:
            start_of_day_backup(store)
    except BaseException:
        store.close()
        raise
    return store


def _signed_in(args: argparse.Namespace, store: Store, catalogue: Catalogue, gui: bool) -> Actor | None:
    """The account the command works as, on a database whose accounts have passwords: the
    window asks; a command takes --user and the password from KHEDMAT_PASSWORD or a prompt.
    None: the window's question was closed."""
    if gui and args.user is None:
        from app.ui.admin.sign_in import ask_to_sign_in

        return ask_to_sign_in(store, catalogue)
    if args.user is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This database's accounts have passwords: say who "
                                                          "you are with --user (the password from "
                                                          "KHEDMAT_PASSWORD, or typed when asked)."))
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        password = getpass.getpass(catalogue.translate("Cli", "Password for {user}: ").format(user=args.user))
    return sign_in(store, args.user, password)


def _new_password(translate: Translate) -> str:
    """A new password: KHEDMAT_NEW_PASSWORD, or typed twice."""
    given = os.environ.get(NEW_PASSWORD_ENV)
    if given is not None:
        return given
    first = getpass.getpass(translate("Cli", "New password: "))
    if getpass.getpass(translate("Cli", "The new password again: ")) != first:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The two passwords differ."), field="password")
    return first


def _user(desk: Desk, args: argparse.Namespace, translate: Translate) -> int:
    match args.user_command:
        case "add":
            password = None if args.no_password else _new_password(translate)
            made = add_account(desk, args.username, args.full_name, Role(args.role), password)
            print(translate("Cli", "Account {name} added.").format(name=made.username))
        case "passwd":
            changed = set_password(desk, args.username, _new_password(translate))
            print(translate("Cli", "The password of {name} is changed.").format(name=changed.username))
        case "disable":
            disabled = disable_account(desk, args.username)
            print(translate("Cli", "Account {name} is disabled.").format(name=disabled.username))
        case "list":
            for account in list_accounts(desk):
                state = (translate("Cli", "disabled") if not account.active
                         else translate("Cli", "signs in") if account.signs_in else translate("Cli", "no sign-in"))
                name = translate(*label(Role.ADMIN)) if account.full_name == SYSTEM_FULL_NAME else account.full_name
                print(f"{account.username}\t{name}\t{translate(*label(account.role))}\t{state}")
    return EXIT_OK


def _damaged_message(url: str, folder: Path | None, damaged: DatabaseDamaged, translate: Translate) -> str:
    """What is wrong, and the command that puts the latest good backup back (if there is one)."""
    latest = latest_good_backup(url, folder)
    if latest is None:
        return damaged.message(translate)
    command = subprocess.list2cmdline(["khedmat", "--db", str(sqlite_path(url)), "restore", str(latest.path)])
    return translate("Cli", "{problem}\nThe latest good backup is {backup}. To put it back, run:\n{command}").format(
        problem=damaged.message(translate), backup=latest.path, command=command)


def _restore_offered(url: str, folder: Path | None, damaged: DatabaseDamaged, catalogue: Catalogue,
                     locale: Locale) -> bool:
    """Whether the user chose to restore the latest good backup (and it was restored)."""
    latest = latest_good_backup(url, folder)
    if latest is None:
        return False
    from app.ui.damaged import offer_restore

    return offer_restore(catalogue, locale, damaged, url, latest, folder)


def _restorer(args: argparse.Namespace, url: str, catalogue: Catalogue) -> Actor | None:
    """Who restores: on a database whose accounts have passwords, the account signed in."""
    try:
        store = open_store(url, migrate=False, create=False)
    except KhedmatError:
        return None  # too damaged to read its accounts: app.services.backups.may_restore says so
    try:
        return _signed_in(args, store, catalogue, gui=False) if store.signing_in() else None
    finally:
        store.close()


def _restore(url: str, backup: Path, folder: Path | None, translate: Translate, actor: Actor | None) -> int:
    kept = restore_from(url, backup, folder, actor)
    print(translate("Cli", "{backup} restored into {database}.").format(backup=backup, database=sqlite_path(url)))
    if kept is not None:
        print(translate("Cli", "The database as it was is kept at {path}.").format(path=kept))
    return EXIT_OK


def _demo(desk: Desk, customers: int, seed: int, catalogue: Catalogue) -> int:
    from app.services.demo import fill_demo

    translate = catalogue.translate
    summary = fill_demo(desk, customers=customers, seed=seed)
    counts = translate("Cli", ", ").join((translate("Cli", "%n customers", None, summary.customers),
                                           translate("Cli", "%n units", None, summary.assets),
                                           translate("Cli", "%n tickets", None, summary.tickets)))
    print(translate("Cli", "Demo data added: {counts}.").format(counts=desk.locale.digits(counts)))
    return EXIT_OK


def _document(desk: Desk, kind: str, number: str, out: Path, page: str | None, translate: Translate) -> int:
    from app.documents.job_card import write_job_card
    from app.documents.receipt import write_receipt

    if kind == "jobcard":
        path = write_job_card(desk, number, out, translate, page)
        print(translate("Cli", "Job card written to {path}.").format(path=path))
    else:
        path = write_receipt(desk, number, out, translate, page)
        print(translate("Cli", "Receipt written to {path}.").format(path=path))
    return EXIT_OK


def _monthly_report(desk: Desk, args: argparse.Namespace, translate: Translate) -> int:
    from app.reports.month import parse_month
    from app.reports.monthly import monthly_report
    from app.reports.pdf import write_report_pdf
    from app.reports.workbook import write_report_workbook
    from app.services.output_files import output_path

    writers = {".pdf": write_report_pdf, ".xlsx": write_report_workbook}
    write = writers.get(args.out.suffix.lower())
    if write is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} is neither a .pdf nor an .xlsx file: the "
                                                          "report is written as a PDF or as an Excel workbook."),
                              field="out", path=str(args.out))
    year, month = parse_month(args.month)
    output_path(args.out, database=desk.store.url)  # refused before the month is read, not after
    calendar = Calendar(args.calendar) if args.calendar else desk.locale.calendar
    path = write(desk, monthly_report(desk, year, month, calendar), args.out, translate)
    print(translate("Cli", "Monthly report written to {path}.").format(path=path))
    return EXIT_OK


def _import(desk: Desk, args: argparse.Namespace, translate: Translate) -> int:
    from app.importing import import_workbook, plan_import, read_mapping, summary_lines, write_errors, write_log
    from app.services.output_files import output_path

    # Every output is checked against the database, the command's inputs and the other
    # outputs before anything is read or written: a refused name costs no import.
    outputs = {"errors": (args.errors, ".xlsx"), "log": (args.log, ".xlsx"), "save_map": (args.save_map, ".json")}
    chosen: dict[str, Path | None] = {}
    for name, (out, suffix) in outputs.items():
        others = [o for other, (o, _) in outputs.items() if other != name]
        chosen[name] = None if out is None else output_path(out, suffix, database=desk.store.url,
                                                             inputs=[args.file, args.map, *others])
    plan = plan_import(args.file, read_mapping(args.map) if args.map is not None else None)
    if args.close_open_older_than is not None:
        if args.close_open_older_than < 0:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A number of months cannot be negative."))
        plan.close_open_older_than = args.close_open_older_than or None
    if (save_map := chosen["save_map"]) is not None:
        plan.save_mapping(save_map, desk.store.url, [args.map, args.errors, args.log])
    report = import_workbook(desk, plan, dry_run=args.dry_run, translate=translate)
    for line in summary_lines(report, translate, desk.locale):
        print(line)
    if (errors := chosen["errors"]) is not None:
        count = write_errors(report, errors, translate, [args.map, args.log, args.save_map])
        print(translate("Import", "{count} rejected rows written to {path}.")
              .format(count=desk.locale.digits(count), path=errors))
    if (log_out := chosen["log"]) is not None:
        write_log(report, log_out, translate, [args.map, args.errors, args.save_map])
        print(translate("Import", "Every row and what became of it written to {path}.").format(path=log_out))
    return EXIT_OK


def _lookup(desk: Desk, serial: str, on: date | None, translate: Translate) -> int:
    record = lookup_coverage(desk, serial, on)
    locale = desk.locale
    owner = record.customer_name or translate("Cli", "no owner recorded")
    if record.customer_mobile:
        owner = f"{owner} ({locale.phone(record.customer_mobile)})"
    print(f"{record.serial} — {record.product.title} — {owner}")
    print(record.coverage.describe(translate, locale.date))
    return EXIT_OK
