<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fa_IR">
<context>
    <name>Cli</name>
    <message>
        <source>Khedmat hit an internal error; the details are in {log}.</source>
        <translation>خدمت با خطای داخلی روبه‌رو شد؛ جزئیات در {log} ثبت شده است.</translation>
    </message>
    <message>
        <source>The database is up to date.</source>
        <translation>پایگاه داده به‌روز است.</translation>
    </message>
    <message>
        <source>A backup of the old database is at {path}.</source>
        <translation>نسخه پشتیبان پایگاه داده قبلی در {path} است.</translation>
    </message>
    <message>
        <source>{count} rows written to {path}.</source>
        <translation>{count} ردیف در {path} نوشته شد.</translation>
    </message>
    <message>
        <source>Demo data added: {customers} customers, {assets} units, {tickets} tickets.</source>
        <translation>داده نمایشی اضافه شد: {customers} مشتری، {assets} دستگاه، {tickets} پذیرش.</translation>
    </message>
    <message>
        <source>no owner recorded</source>
        <translation>مالک ثبت نشده</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغو شده</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>تاریخ پذیرش</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>دستگاه</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>سریال</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>ایراد</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>پوشش</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>موعد تحویل</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>ویژه</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <source>End</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Void since</source>
        <translation>باطل از</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Visits used</source>
        <translation>بازدیدهای انجام‌شده</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>Warranty</source>
        <translation>گارانتی</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>قرارداد</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منقضی</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>باطل</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ندارد</translation>
    </message>
    <message>
        <source>Under warranty until {date}</source>
        <translation>در گارانتی تا {date}</translation>
    </message>
    <message>
        <source>Under contract {number} until {date}</source>
        <translation>تحت قرارداد {number} تا {date}</translation>
    </message>
    <message>
        <source>Under contract {number} until {date} (visits left: {visits})</source>
        <translation>تحت قرارداد {number} تا {date} (بازدید باقی‌مانده: {visits})</translation>
    </message>
    <message>
        <source>Contract expired on {date}</source>
        <translation>قرارداد در {date} به پایان رسیده است</translation>
    </message>
    <message>
        <source>Warranty expired on {date}</source>
        <translation>گارانتی در {date} به پایان رسیده است</translation>
    </message>
    <message>
        <source>Warranty void: {reason}</source>
        <translation>گارانتی باطل شده: {reason}</translation>
    </message>
    <message>
        <source>No warranty or contract</source>
        <translation>بدون گارانتی و قرارداد</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>A ticket cannot move from “{source}” to “{target}”.</source>
        <translation>پذیرش را نمی‌توان از «{source}» به «{target}» برد.</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it. Reload it to see their changes, then try again.</source>
        <translation>کاربر دیگری پس از باز شدن این رکورد آن را ذخیره کرده است. دوباره بارگذاری کنید تا تغییرات او را ببینید و سپس دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>{date} is outside the Hijri years this program knows (1343 to 1500)</source>
        <translation>{date} خارج از سال‌های قمری قابل پشتیبانی (۱۳۴۳ تا ۱۵۰۰) است</translation>
    </message>
    <message>
        <source>{date} is outside the range of dates</source>
        <translation>{date} خارج از محدوده تاریخ‌هاست</translation>
    </message>
    <message>
        <source>{date}: month {month} does not exist</source>
        <translation>{date}: ماه {month} وجود ندارد</translation>
    </message>
    <message>
        <source>{date}: day {day} does not exist in month {month} of {year}</source>
        <translation>{date}: روز {day} در ماه {month} سال {year} وجود ندارد</translation>
    </message>
    <message>
        <source>The date is empty</source>
        <translation>تاریخ خالی است</translation>
    </message>
    <message>
        <source>{date} is not a date; write it as {pattern}</source>
        <translation>{date} تاریخ نیست؛ آن را به شکل {pattern} بنویسید</translation>
    </message>
    <message>
        <source>{value} is not an amount of money</source>
        <translation>{value} مبلغ معتبری نیست</translation>
    </message>
    <message>
        <source>{value} is negative; an amount cannot be below zero</source>
        <translation>{value} منفی است؛ مبلغ نمی‌تواند کمتر از صفر باشد</translation>
    </message>
    <message>
        <source>{value} can be read two ways: write it without the dot, or with the decimals meant</source>
        <translation>{value} را می‌توان به دو شکل خواند: آن را بدون نقطه یا با اعشار مورد نظر بنویسید</translation>
    </message>
    <message>
        <source>The amount is empty</source>
        <translation>مبلغ خالی است</translation>
    </message>
    <message>
        <source>{value} has more decimals than {currency} allows</source>
        <translation>{value} بیش از اعشار مجاز {currency} رقم اعشار دارد</translation>
    </message>
    <message>
        <source>{value} is not a phone number</source>
        <translation>{value} شماره تلفن نیست</translation>
    </message>
    <message>
        <source>The phone number is empty</source>
        <translation>شماره تلفن خالی است</translation>
    </message>
    <message>
        <source>{value} is not a valid mobile number</source>
        <translation>{value} شماره موبایل معتبری نیست</translation>
    </message>
    <message>
        <source>{value} is not a valid phone number</source>
        <translation>{value} شماره تلفن معتبری نیست</translation>
    </message>
    <message>
        <source>That record no longer exists.</source>
        <translation>این رکورد دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>The contract ends before it starts.</source>
        <translation>تاریخ پایان قرارداد پیش از تاریخ شروع آن است.</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>مبلغ نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>Visits cannot be negative.</source>
        <translation>تعداد بازدیدها نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>Choose at least one unit for the contract.</source>
        <translation>دست‌کم یک دستگاه برای قرارداد انتخاب کنید.</translation>
    </message>
    <message>
        <source>The customer's name is required.</source>
        <translation>نام مشتری لازم است.</translation>
    </message>
    <message>
        <source>The mobile {mobile} already belongs to {name}.</source>
        <translation>موبایل {mobile} پیش‌تر برای {name} ثبت شده است.</translation>
    </message>
    <message>
        <source>Ask for at least one customer.</source>
        <translation>دست‌کم یک مشتری بخواهید.</translation>
    </message>
    <message>
        <source>This database already holds records; demo data goes only into an empty database.</source>
        <translation>این پایگاه داده اطلاعات دارد؛ داده نمایشی فقط در پایگاه داده خالی ریخته می‌شود.</translation>
    </message>
    <message>
        <source>Only a manager may do this.</source>
        <translation>این کار فقط از مدیر برمی‌آید.</translation>
    </message>
    <message>
        <source>Unknown export “{entity}”; choose one of: {choices}.</source>
        <translation>خروجی «{entity}» شناخته نشد؛ یکی از این‌ها را انتخاب کنید: {choices}.</translation>
    </message>
    <message>
        <source>Export to .xlsx or .csv; “{name}” is neither.</source>
        <translation>خروجی باید ‎.xlsx‎ یا ‎.csv‎ باشد؛ «{name}» هیچ‌کدام نیست.</translation>
    </message>
    <message>
        <source>Cannot write to {path}: {reason}</source>
        <translation>نوشتن در {path} ممکن نیست: {reason}</translation>
    </message>
    <message>
        <source>Satisfaction is a score from 1 to 5.</source>
        <translation>رضایت امتیازی از ۱ تا ۵ است.</translation>
    </message>
    <message>
        <source>Recommendation is a score from 0 to 10.</source>
        <translation>تمایل به توصیه امتیازی از ۰ تا ۱۰ است.</translation>
    </message>
    <message>
        <source>The promised date is in the past.</source>
        <translation>موعد تحویل در گذشته است.</translation>
    </message>
    <message>
        <source>The estimate cannot be negative.</source>
        <translation>برآورد هزینه نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>There is no ticket number {number}.</source>
        <translation>پذیرشی با شماره {number} وجود ندارد.</translation>
    </message>
    <message>
        <source>Say why the ticket is cancelled.</source>
        <translation>دلیل لغو پذیرش را بنویسید.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>تعداد باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <source>Choose a part.</source>
        <translation>یک قطعه انتخاب کنید.</translation>
    </message>
    <message>
        <source>Only {stock} of {part} are in stock.</source>
        <translation>از {part} فقط {stock} عدد در انبار است.</translation>
    </message>
    <message>
        <source>Enter the price of the labour.</source>
        <translation>دستمزد را وارد کنید.</translation>
    </message>
    <message>
        <source>Enter the estimate first.</source>
        <translation>ابتدا برآورد هزینه را وارد کنید.</translation>
    </message>
    <message>
        <source>Ticket {number} is finished; reopen it to change it.</source>
        <translation>پذیرش {number} بسته شده است؛ برای تغییر، آن را دوباره باز کنید.</translation>
    </message>
    <message>
        <source>The product's model is required.</source>
        <translation>مدل کالا لازم است.</translation>
    </message>
    <message>
        <source>The serial number is required.</source>
        <translation>شماره سریال لازم است.</translation>
    </message>
    <message>
        <source>The purchase date is in the future.</source>
        <translation>تاریخ خرید در آینده است.</translation>
    </message>
    <message>
        <source>A unit with serial {serial} is already registered.</source>
        <translation>دستگاهی با سریال {serial} پیش‌تر ثبت شده است.</translation>
    </message>
    <message>
        <source>A warranty cannot be negative.</source>
        <translation>مدت گارانتی نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>No unit with serial {serial} is registered.</source>
        <translation>دستگاهی با سریال {serial} ثبت نشده است.</translation>
    </message>
    <message>
        <source>Say why the warranty is void.</source>
        <translation>دلیل ابطال گارانتی را بنویسید.</translation>
    </message>
    <message>
        <source>An extension must be at least one month.</source>
        <translation>تمدید باید دست‌کم یک ماه باشد.</translation>
    </message>
    <message>
        <source>The backup to {target} failed: {reason}</source>
        <translation>تهیه نسخه پشتیبان در {target} ناموفق بود: {reason}</translation>
    </message>
    <message>
        <source>{where} is not a Khedmat database or it is damaged. Restore it from a backup.</source>
        <translation>{where} پایگاه داده خدمت نیست یا آسیب دیده است. آن را از نسخه پشتیبان بازیابی کنید.</translation>
    </message>
    <message>
        <source>The database is busy with another user's work ({where}). Please try again in a moment.</source>
        <translation>پایگاه داده مشغول کار کاربر دیگری است ({where}). لطفاً چند لحظه بعد دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The database {where} cannot be opened or written: {reason}</source>
        <translation>پایگاه داده {where} باز یا نوشته نمی‌شود: {reason}</translation>
    </message>
    <message>
        <source>{where} was made by a newer version of Khedmat. Install the newer version to open it.</source>
        <translation>{where} با نسخه جدیدتر خدمت ساخته شده است. برای باز کردن آن نسخه جدیدتر را نصب کنید.</translation>
    </message>
    <message>
        <source>The database {where} needs an upgrade. Ask the administrator to run “khedmat db upgrade”.</source>
        <translation>پایگاه داده {where} باید به‌روزرسانی شود. از مدیر سیستم بخواهید «khedmat db upgrade» را اجرا کند.</translation>
    </message>
    <message>
        <source>The part code is required.</source>
        <translation>کد قطعه لازم است.</translation>
    </message>
    <message>
        <source>The part name is required.</source>
        <translation>نام قطعه لازم است.</translation>
    </message>
    <message>
        <source>Stock cannot be negative.</source>
        <translation>موجودی نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>Part code {code} is already used by {name}.</source>
        <translation>کد قطعه {code} پیش‌تر برای {name} به کار رفته است.</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Clerk</source>
        <translation>کارمند پذیرش</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>تکنسین</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>مدیر</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مدیر سیستم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>مراجعه حضوری</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>وب</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>پیامک</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>تعمیر</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>نصب</translation>
    </message>
    <message>
        <source>Periodic service</source>
        <translation>سرویس دوره‌ای</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شکایت</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>استعلام</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>کم</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادی</translation>
    </message>
    <message>
        <source>High</source>
        <translation>زیاد</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>فوری</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>تغییر وضعیت</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>بازدید</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Estimate approval</source>
        <translation>تأیید برآورد هزینه</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>قطعه</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>دستمزد</translation>
    </message>
    <message>
        <source>Standard warranty</source>
        <translation>گارانتی استاندارد</translation>
    </message>
    <message>
        <source>Extended warranty</source>
        <translation>گارانتی تمدیدی</translation>
    </message>
    <message>
        <source>Repair warranty</source>
        <translation>گارانتی تعمیر</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>تأیید شد</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>رد شد</translation>
    </message>
    <message>
        <source>After-delivery call</source>
        <translation>پیگیری پس از تحویل</translation>
    </message>
    <message>
        <source>Periodic service reminder</source>
        <translation>یادآوری سرویس دوره‌ای</translation>
    </message>
    <message>
        <source>Contract renewal</source>
        <translation>تمدید قرارداد</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>پاسخ داد</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>پاسخ نداد</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>شماره اشتباه</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>بعداً تماس گرفته شود</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>Filter by number, name, mobile or serial…</source>
        <translation>جستجو با شماره، نام، موبایل یا سریال…</translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>موردی یافت نشد.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{count} rows</source>
        <translation>{count} ردیف</translation>
    </message>
    <message>
        <source>Khedmat — service desk</source>
        <translation>خدمت — میز خدمات پس از فروش</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>پذیرش‌ها</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <source>Warranties</source>
        <translation>گارانتی‌ها</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>قراردادها</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;نمایش</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تازه‌سازی</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
</context>
<context>
    <name>TicketStatus</name>
    <message>
        <source>Received</source>
        <translation>پذیرش شده</translation>
    </message>
    <message>
        <source>Diagnosing</source>
        <translation>در حال عیب‌یابی</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>منتظر تأیید مشتری</translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation>منتظر قطعه</translation>
    </message>
    <message>
        <source>In repair</source>
        <translation>در حال تعمیر</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>آماده تحویل</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>تحویل شده</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>بسته شده</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغو شده</translation>
    </message>
    <message>
        <source>Reopened (rework)</source>
        <translation>بازگشایی شده (تعمیر مجدد)</translation>
    </message>
</context>
</TS>