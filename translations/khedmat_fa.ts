<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>Audit</name>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>دستگاه</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>کالا</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>گارانتی</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>قرارداد</translation>
    </message>
    <message>
        <source>Unit of a contract</source>
        <translation>دستگاه قرارداد</translation>
    </message>
    <message>
        <source>Maintenance plan</source>
        <translation>برنامه سرویس دوره‌ای</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>پذیرش</translation>
    </message>
    <message>
        <source>Part or labour line</source>
        <translation>ردیف قطعه یا دستمزد</translation>
    </message>
    <message>
        <source>History entry</source>
        <translation>ردیف سابقه</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>پرداخت</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>پیگیری</translation>
    </message>
    <message>
        <source>Follow-up attempt</source>
        <translation>تلاش پیگیری</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شکایت</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>قطعه</translation>
    </message>
    <message>
        <source>Stock movement</source>
        <translation>گردش موجودی</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>حساب کاربری</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>ایجاد</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حذف</translation>
    </message>
    <message numerus="yes">
        <source>%n records at once</source>
        <translation>
            <numerusform>%n رکورد یکجا</numerusform>
        </translation>
    </message>
    <message>
        <source>Khedmat itself</source>
        <translation>برنامهٔ خدمت</translation>
    </message>
</context>
<context>
    <name>AuditButton</name>
    <message>
        <source>Audit trail of {record}</source>
        <translation>ردپای تغییرات {record}</translation>
    </message>
    <message>
        <source>Audit trail…</source>
        <translation>ردپای تغییرات…</translation>
    </message>
    <message>
        <source>Who created and changed this record, and when</source>
        <translation>چه کسی و کی این رکورد را ساخت و تغییر داد</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n ردیف</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>ردپای تغییرات</translation>
    </message>
    <message>
        <source>Search by account, name, mobile or any value…</source>
        <translation>جستجو با نام کاربری، نام، موبایل یا هر مقدار…</translation>
    </message>
    <message>
        <source>No entry matches.</source>
        <translation>ردیفی پیدا نشد.</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <source>From {start} to {end}</source>
        <translation>از {start} تا {end}</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>همهٔ رکوردها</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>همهٔ کارها</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>همهٔ کاربران</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>ماه قبل (Page Up)</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>ماه بعد (Page Down)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>روزهای ماه</translation>
    </message>
</context>
<context>
    <name>CancelContractDialog</name>
    <message>
        <source>Cancel contract {number} from {date}? From that day it no longer covers its units.</source>
        <translation>قرارداد سرویس {number} از {date} لغو شود؟ از آن روز دیگر دستگاه‌هایش را پوشش نمی‌دهد.</translation>
    </message>
    <message>
        <source>Cancel the contract</source>
        <translation>لغو قرارداد</translation>
    </message>
    <message>
        <source>Close without cancelling the contract?</source>
        <translation>بستن بدون لغو قرارداد؟</translation>
    </message>
    <message>
        <source>Cancel contract {number}</source>
        <translation>لغو قرارداد سرویس {number}</translation>
    </message>
    <message>
        <source>No longer covers from:</source>
        <translation>بدون پوشش از:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>دلیل:</translation>
    </message>
</context>
<context>
    <name>CategoryRulesDialog</name>
    <message>
        <source>Delete the rule of {category}? Units registered already keep their warranty.</source>
        <translation>قاعدهٔ {category} حذف شود؟ دستگاه‌های ثبت‌شده گارانتی خود را نگه می‌دارند.</translation>
    </message>
    <message>
        <source>Warranty rules by category</source>
        <translation>قواعد گارانتی بر اساس دسته</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>دسته:</translation>
    </message>
    <message>
        <source>&amp;Warranty (months):</source>
        <translation>گارانتی (ماه):</translation>
    </message>
    <message>
        <source>C&amp;laim limit:</source>
        <translation>سقف دفعات استفاده از گارانتی:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>تعیین نشده</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>بدون سقف</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
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
        <source>Backup written to {path} and checked.</source>
        <translation>پشتیبان در {path} نوشته و بررسی شد.</translation>
    </message>
    <message>
        <source>{count} rows written to {path}.</source>
        <translation>{count} ردیف در {path} نوشته شد.</translation>
    </message>
    <message>
        <source>Password for {user}: </source>
        <translation>رمز عبور {user}: </translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>رمز عبور تازه: </translation>
    </message>
    <message>
        <source>The new password again: </source>
        <translation>دوباره رمز عبور تازه: </translation>
    </message>
    <message>
        <source>Account {name} added.</source>
        <translation>حساب {name} افزوده شد.</translation>
    </message>
    <message>
        <source>The password of {name} is changed.</source>
        <translation>رمز عبور {name} تغییر کرد.</translation>
    </message>
    <message>
        <source>Account {name} is disabled.</source>
        <translation>حساب {name} غیرفعال شد.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>signs in</source>
        <translation>ورود دارد</translation>
    </message>
    <message>
        <source>no sign-in</source>
        <translation>بدون ورود</translation>
    </message>
    <message>
        <source>{problem}
The latest good backup is {backup}. To put it back, run:
{command}</source>
        <translation>{problem}
آخرین پشتیبان سالم {backup} است. برای بازگرداندن آن این فرمان را اجرا کنید:
{command}</translation>
    </message>
    <message>
        <source>{backup} restored into {database}.</source>
        <translation>{backup} در {database} بازگردانده شد.</translation>
    </message>
    <message>
        <source>The database as it was is kept at {path}.</source>
        <translation>پایگاه داده، همان‌طور که بود، در {path} نگه داشته شد.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n مشتری</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n units</source>
        <translation>
            <numerusform>%n دستگاه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets</source>
        <translation>
            <numerusform>%n پذیرش</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data added: {counts}.</source>
        <translation>داده‌های نمونه افزوده شد: {counts}.</translation>
    </message>
    <message>
        <source>Job card written to {path}.</source>
        <translation>کارت تعمیر در {path} نوشته شد.</translation>
    </message>
    <message>
        <source>Receipt written to {path}.</source>
        <translation>رسید تحویل در {path} نوشته شد.</translation>
    </message>
    <message>
        <source>Monthly report written to {path}.</source>
        <translation>گزارش ماهانه در {path} نوشته شد.</translation>
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
        <source>Archived</source>
        <translation>بایگانی‌شده</translation>
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
        <source>Estimate</source>
        <translation>برآورد هزینه</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>اولویت</translation>
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
    <message>
        <source>Due</source>
        <translation>موعد</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>پذیرش</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>رضایت</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>توصیه</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>تاریخ خرید</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>رکورد</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>شناسه رکورد</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>By</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>موجودی</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>نقطه سفارش</translation>
    </message>
    <message>
        <source>Consumable</source>
        <translation>مصرفی</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>برند</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>مدل</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>Warranty (months)</source>
        <translation>گارانتی (ماه)</translation>
    </message>
    <message>
        <source>Claim limit</source>
        <translation>سقف استفاده</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>گارانتی</translation>
    </message>
    <message>
        <source>Periodic service</source>
        <translation>سرویس دوره‌ای</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>دستگاه‌ها</translation>
    </message>
    <message>
        <source>What</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>توضیح</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>About</source>
        <translation>درباره</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>آخرین تماس</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>تکنسین</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Unknown: no purchase date</source>
        <translation>نامعلوم: تاریخ خرید ثبت نشده</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>دیرکرد</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>قرارداد سرویس</translation>
    </message>
    <message>
        <source>Every (months)</source>
        <translation>هر چند ماه</translation>
    </message>
    <message>
        <source>Last service</source>
        <translation>آخرین سرویس</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>تماس دوباره</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Opened {moment} by {who}.</source>
        <translation>ثبت در {moment} توسط {who}.</translation>
    </message>
    <message>
        <source>Answered {moment} by {who}.</source>
        <translation>پاسخ در {moment} توسط {who}.</translation>
    </message>
    <message>
        <source>Closed {moment} by {who}.</source>
        <translation>بسته‌شده در {moment} توسط {who}.</translation>
    </message>
    <message>
        <source>{status}. {lines}</source>
        <translation>{status}. {lines}</translation>
    </message>
    <message>
        <source>Close this complaint? A closed complaint cannot be changed.</source>
        <translation>این شکایت بسته شود؟ شکایت بسته‌شده دیگر تغییر نمی‌کند.</translation>
    </message>
    <message>
        <source>Close the complaint</source>
        <translation>بستن شکایت</translation>
    </message>
    <message>
        <source>Close without saving the complaint?</source>
        <translation>بدون ذخیرهٔ شکایت بسته شود؟</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شکایت</translation>
    </message>
    <message>
        <source>Complaint {number}</source>
        <translation>شکایت {number}</translation>
    </message>
    <message>
        <source>{name} — {mobile}</source>
        <translation>{name} — {mobile}</translation>
    </message>
    <message>
        <source>Choose how it came in…</source>
        <translation>راه رسیدن شکایت را انتخاب کنید…</translation>
    </message>
    <message>
        <source>No ticket</source>
        <translation>بدون پذیرش</translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>بدون دستگاه</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>هنوز هیچ‌کس</translation>
    </message>
    <message>
        <source>Choose or type a category</source>
        <translation>دسته را انتخاب کنید یا بنویسید</translation>
    </message>
    <message>
        <source>Came in by</source>
        <translation>راه رسیدن</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>About the ticket</source>
        <translation>دربارهٔ پذیرش</translation>
    </message>
    <message>
        <source>About the unit</source>
        <translation>دربارهٔ دستگاه</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>What the customer complains of</source>
        <translation>شکایت مشتری</translation>
    </message>
    <message>
        <source>The complaint</source>
        <translation>شکایت</translation>
    </message>
    <message>
        <source>Register the complaint</source>
        <translation>ثبت شکایت</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>What the customer was told</source>
        <translation>پاسخی که به مشتری داده شد</translation>
    </message>
    <message>
        <source>Record the answer</source>
        <translation>ثبت پاسخ</translation>
    </message>
    <message>
        <source>To close it</source>
        <translation>برای بستن شکایت</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>علت ریشه‌ای</translation>
    </message>
    <message>
        <source>Action required</source>
        <translation>اقدام لازم</translation>
    </message>
    <message>
        <source>Close the complaint…</source>
        <translation>بستن شکایت…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>Quality of the repair</source>
        <translation>کیفیت تعمیر</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>زمان انتظار</translation>
    </message>
    <message>
        <source>Staff behaviour</source>
        <translation>رفتار کارکنان</translation>
    </message>
    <message>
        <source>Price or invoice</source>
        <translation>قیمت یا صورتحساب</translation>
    </message>
    <message>
        <source>Warranty refused</source>
        <translation>رد گارانتی</translation>
    </message>
    <message>
        <source>Damage or loss at the service desk</source>
        <translation>آسیب یا گم‌شدن در تعمیرگاه</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
</context>
<context>
    <name>ComplaintsDialog</name>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n شکایت</numerusform>
        </translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>شکایت‌ها</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>Still to settle (open or answered)</source>
        <translation>رسیدگی‌نشده (باز یا پاسخ‌داده)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>ContractActions</name>
    <message>
        <source>New &amp;contract…</source>
        <translation>قرارداد سرویس جدید…</translation>
    </message>
    <message>
        <source>Open the contract</source>
        <translation>باز کردن قرارداد</translation>
    </message>
    <message>
        <source>Renew the contract…</source>
        <translation>تمدید قرارداد…</translation>
    </message>
    <message>
        <source>Cancel the contract…</source>
        <translation>لغو قرارداد…</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>New maintenance contract</source>
        <translation>قرارداد سرویس جدید</translation>
    </message>
    <message>
        <source>Save it as a draft while the customer has not signed: a draft covers nothing. Saved and signed, it covers the chosen units from its first day.</source>
        <translation>تا مشتری امضا نکرده، آن را پیش‌نویس ذخیره کنید: پیش‌نویس هیچ پوششی ندارد. ذخیره و امضاشده، دستگاه‌های انتخاب‌شده را از روز اولش پوشش می‌دهد.</translation>
    </message>
    <message>
        <source>Contract {number}</source>
        <translation>قرارداد سرویس {number}</translation>
    </message>
    <message>
        <source>Contract {number} — {name}</source>
        <translation>قرارداد سرویس {number} — {name}</translation>
    </message>
    <message>
        <source>A draft covers nothing: sign it once the customer has signed.</source>
        <translation>پیش‌نویس هیچ پوششی ندارد: وقتی مشتری امضا کرد، آن را امضا کنید.</translation>
    </message>
    <message>
        <source>Cancelled from {date}: {reason}</source>
        <translation>لغوشده از {date}: {reason}</translation>
    </message>
    <message>
        <source>Renews contract {number}.</source>
        <translation>تمدید قرارداد سرویس {number}.</translation>
    </message>
    <message>
        <source>Your changes to the terms are not saved. Drop them and go on?</source>
        <translation>تغییرات شرایط ذخیره نشده‌اند. کنارشان بگذاریم و ادامه دهیم؟</translation>
    </message>
    <message>
        <source>Sign contract {number}? From {date} it covers its units.</source>
        <translation>قرارداد سرویس {number} امضا شود؟ از {date} دستگاه‌هایش را پوشش می‌دهد.</translation>
    </message>
    <message>
        <source>Sign the contract</source>
        <translation>امضای قرارداد</translation>
    </message>
    <message>
        <source>Renew contract {number} from {start} to {end}, with the same units, price, visits and terms? The renewal is saved as a draft: it covers nothing until you sign it.</source>
        <translation>قرارداد سرویس {number} از {start} تا {end} با همان دستگاه‌ها، مبلغ، تعداد بازدید و شرایط تمدید شود؟ تمدید به صورت پیش‌نویس ذخیره می‌شود: تا امضایش نکنید هیچ پوششی ندارد.</translation>
    </message>
    <message>
        <source>Renew as a draft</source>
        <translation>تمدید به صورت پیش‌نویس</translation>
    </message>
    <message>
        <source>Close without saving the contract?</source>
        <translation>بستن بدون ذخیره‌ی قرارداد؟</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>ذخیره به صورت پیش‌نویس</translation>
    </message>
    <message>
        <source>Save and sign</source>
        <translation>ذخیره و امضا</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>امضا…</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>تمدید…</translation>
    </message>
    <message>
        <source>The next contract from the day after this one ends, on the same terms, saved as a draft.</source>
        <translation>قرارداد بعدی از فردای پایان این قرارداد، با همان شرایط، به صورت پیش‌نویس.</translation>
    </message>
    <message>
        <source>Cancel the contract…</source>
        <translation>لغو قرارداد…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>ContractStatus</name>
    <message>
        <source>Draft (not signed)</source>
        <translation>پیش‌نویس (امضانشده)</translation>
    </message>
    <message>
        <source>Signed, not started yet</source>
        <translation>امضاشده، هنوز شروع نشده</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منقضی</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغوشده</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Iran</source>
        <translation>ایران</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>عربستان سعودی</translation>
    </message>
    <message>
        <source>the UAE</source>
        <translation>امارات متحده عربی</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>عراق</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>کویت</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>قطر</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>بحرین</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>عمان</translation>
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
        <source>Under warranty until {date}, but its claim limit is reached: {used} of {limit}; the job is paid</source>
        <translation>در گارانتی تا {date}، اما سقف استفاده پر شده است: {used} از {limit}؛ کار با هزینهٔ مشتری است</translation>
    </message>
    <message>
        <source>Repair warranty of ticket {number} until {date}</source>
        <translation>گارانتی تعمیر پذیرش {number} تا {date}</translation>
    </message>
    <message>
        <source>Under warranty until {date}</source>
        <translation>در گارانتی تا {date}</translation>
    </message>
    <message>
        <source>Contract {number}: its visits are used up; the customer pays for this job</source>
        <translation>قرارداد سرویس {number}: بازدیدهایش تمام شده؛ هزینه‌ی این کار با مشتری است</translation>
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
    <message>
        <source>Contract {number}</source>
        <translation>قرارداد سرویس {number}</translation>
    </message>
    <message>
        <source>Repair warranty of ticket {number}</source>
        <translation>گارانتی تعمیر پذیرش {number}</translation>
    </message>
    <message>
        <source>Extended warranty sold on {sold}, from {date}</source>
        <translation>گارانتی تمدیدی فروخته‌شده در {sold}، از {date}</translation>
    </message>
    <message>
        <source>Extended warranty from {date}</source>
        <translation>گارانتی تمدیدی از {date}</translation>
    </message>
    <message>
        <source>Standard warranty from purchase {date} (product rule)</source>
        <translation>گارانتی استاندارد از خرید {date} (قاعدهٔ کالا)</translation>
    </message>
    <message>
        <source>Standard warranty from purchase {date} (category rule)</source>
        <translation>گارانتی استاندارد از خرید {date} (قاعدهٔ دسته)</translation>
    </message>
    <message>
        <source>Standard warranty from purchase {date}</source>
        <translation>گارانتی استاندارد از خرید {date}</translation>
    </message>
    <message>
        <source>claims already used: {used} of {limit}</source>
        <translation>دفعات استفاده‌شده: {used} از {limit}</translation>
    </message>
    <message>
        <source>and a repair warranty of ticket {number}</source>
        <translation>و گارانتی تعمیر پذیرش {number}</translation>
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
        <source>Charged: consumable part</source>
        <translation>با هزینه: قطعهٔ مصرفی</translation>
    </message>
    <message>
        <source>Charged: the contract excludes parts</source>
        <translation>با هزینه: قرارداد شامل قطعه نیست</translation>
    </message>
    <message>
        <source>Charged: claim limit reached</source>
        <translation>با هزینه: سقف استفاده از گارانتی پر شده</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>با هزینهٔ مشتری</translation>
    </message>
    <message>
        <source>Covered by a manager</source>
        <translation>پوشش به تشخیص مدیر</translation>
    </message>
    <message>
        <source>Charged by a manager</source>
        <translation>هزینه به تشخیص مدیر</translation>
    </message>
    <message>
        <source>replaced by unit {serial}</source>
        <translation>جایگزین شد با دستگاه {serial}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Khedmat hit an unexpected error</source>
        <translation>خدمت با خطایی پیش‌بینی‌نشده روبه‌رو شد</translation>
    </message>
    <message>
        <source>Something went wrong that Khedmat did not expect, and what you just did may not have been done. Your open windows are still there: check what you were entering and save it again.

The details are written in the log:
{path}

If it happens again, copy the details and send them to whoever supports Khedmat for you.</source>
        <translation>مشکلی پیش آمد که خدمت انتظارش را نداشت و شاید کاری که همین حالا کردید انجام نشده باشد. پنجره‌های باز شما سر جایشان هستند: آنچه را وارد می‌کردید بررسی و دوباره ذخیره کنید.

جزئیات در پرونده‌ی گزارش نوشته شده است:
{path}

اگر دوباره پیش آمد، جزئیات را کپی کنید و برای کسی بفرستید که پشتیبانی خدمت را برای شما انجام می‌دهد.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>کپی جزئیات</translation>
    </message>
    <message>
        <source>&amp;Show details</source>
        <translation>نمایش جزئیات</translation>
    </message>
    <message>
        <source>Go on working</source>
        <translation>ادامه‌ی کار</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>کپی شد</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <source>the Iranian rial</source>
        <translation>ریال ایران</translation>
    </message>
    <message>
        <source>the Saudi riyal</source>
        <translation>ریال سعودی</translation>
    </message>
</context>
<context>
    <name>CustomerCorrections</name>
    <message>
        <source>Archive {name}? They leave the lists and the search; their units, tickets and history are kept, and they can be restored from the archive.</source>
        <translation>{name} بایگانی شود؟ از فهرست‌ها و جستجو بیرون می‌رود؛ دستگاه‌ها، پذیرش‌ها و سابقه‌اش می‌ماند و می‌توان او را از بایگانی برگرداند.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>بایگانی</translation>
    </message>
    <message>
        <source>Delete {name}? Only a customer entered by mistake, with nothing of theirs recorded, can be deleted. The history keeps an entry of it.</source>
        <translation>{name} حذف شود؟ فقط مشتری‌ای که به اشتباه ثبت شده و چیزی از او ثبت نشده حذف می‌شود. سابقه، این حذف را نگه می‌دارد.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>&amp;Merge with another customer…</source>
        <translation>ادغام با مشتری دیگر…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>بایگانی</translation>
    </message>
    <message>
        <source>&amp;Restore from archive</source>
        <translation>بازگرداندن از بایگانی</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>حذف…</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>{unit} (archived)</source>
        <translation>{unit} (بایگانی‌شده)</translation>
    </message>
    <message>
        <source>{status}: {complaint}</source>
        <translation>{status}: {complaint}</translation>
    </message>
    <message>
        <source>Close without saving? Your changes to this customer will be lost.</source>
        <translation>بدون ذخیره بسته شود؟ تغییرهایتان در این مشتری از دست می‌رود.</translation>
    </message>
    <message>
        <source>Representative: {name}</source>
        <translation>نماینده: {name}</translation>
    </message>
    <message>
        <source>Customer — {name}</source>
        <translation>مشتری — {name}</translation>
    </message>
    <message>
        <source>What was said or done?</source>
        <translation>چه گفته یا انجام شد؟</translation>
    </message>
    <message>
        <source>Units ({count})</source>
        <translation>دستگاه‌ها ({count})</translation>
    </message>
    <message>
        <source>Tickets ({count})</source>
        <translation>پذیرش‌ها ({count})</translation>
    </message>
    <message>
        <source>History ({count})</source>
        <translation>سابقه ({count})</translation>
    </message>
    <message>
        <source>Contracts ({count})</source>
        <translation>قراردادها ({count})</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>نام شرکت</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>نماینده اختصاصی</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Messages in</source>
        <translation>زبان پیامک‌ها</translation>
    </message>
    <message>
        <source>Not known (the desk&apos;s language)</source>
        <translation>نامعلوم (زبان میز پذیرش)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>مشخصات</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>VIP customer</source>
        <translation>مشتری ویژه</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>ویژه</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>بایگانی‌شده</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>اصلاحات</translation>
    </message>
    <message>
        <source>No representative</source>
        <translation>بدون نماینده</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>ثبت:</translation>
    </message>
    <message>
        <source>{source} → {target}</source>
        <translation>{source} ← {target}</translation>
    </message>
    <message>
        <source>New contract…</source>
        <translation>قرارداد سرویس جدید…</translation>
    </message>
</context>
<context>
    <name>CustomerFilterBar</name>
    <message>
        <source>Show archived</source>
        <translation>نمایش بایگانی‌شده‌ها</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Name, mobile or serial…</source>
        <translation>نام، موبایل یا سریال…</translation>
    </message>
    <message>
        <source>Choose the customer</source>
        <translation>مشتری را انتخاب کنید</translation>
    </message>
</context>
<context>
    <name>DamagedDatabase</name>
    <message>
        <source>{problem}

The latest good backup was taken on {date} at {time}:
{path}

Restore it? Whatever was saved after that time is not in the backup. The damaged database is kept in the backup folder.</source>
        <translation>{problem}

آخرین پشتیبان سالم در {date} ساعت {time} گرفته شده است:
{path}

آن را بازگردانید؟ آنچه پس از این زمان ذخیره شده در پشتیبان نیست. پایگاه دادهٔ آسیب‌دیده در پوشهٔ پشتیبان‌ها نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>پایگاه داده آسیب دیده است</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>بازگرداندن پشتیبان</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>پشتیبان بازگردانده شد.</translation>
    </message>
    <message>
        <source>The damaged database is kept at {path}.</source>
        <translation>پایگاه دادهٔ آسیب‌دیده در {path} نگه داشته شد.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>{date} is before {limit}, the earliest date allowed here</source>
        <translation>{date} پیش از {limit} است؛ تاریخی زودتر از آن در اینجا پذیرفته نمی‌شود</translation>
    </message>
    <message>
        <source>{date} is after {limit}, the latest date allowed here</source>
        <translation>{date} پس از {limit} است؛ تاریخی دیرتر از آن در اینجا پذیرفته نمی‌شود</translation>
    </message>
    <message>
        <source>Year/month/day, as {example}. Alt+Down opens the calendar.</source>
        <translation>سال/ماه/روز، مانند {example}. با Alt+Down تقویم باز می‌شود.</translation>
    </message>
    <message>
        <source>Choose from the calendar (Alt+Down)</source>
        <translation>انتخاب از تقویم (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>DeskFrame</name>
    <message>
        <source>Opening the database…</source>
        <translation>در حال باز کردن پایگاه داده…</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Ticket no.</source>
        <translation>شماره پذیرش</translation>
    </message>
    <message>
        <source>Job card</source>
        <translation>کارت تعمیر</translation>
    </message>
    <message>
        <source>Job card — workshop copy</source>
        <translation>کارت تعمیر — نسخه کارگاه</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>تاریخ پذیرش</translation>
    </message>
    <message>
        <source>Promised for</source>
        <translation>تاریخ تحویل وعده‌داده‌شده</translation>
    </message>
    <message>
        <source>Customer and unit</source>
        <translation>مشتری و دستگاه</translation>
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
        <source>Coverage</source>
        <translation>پوشش</translation>
    </message>
    <message>
        <source>The job</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Kind, priority, came in by</source>
        <translation>نوع، اولویت، روش مراجعه</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>ایراد</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>متعلقات</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>وضعیت ظاهری</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>برآورد هزینه</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>شرایط</translation>
    </message>
    <message>
        <source>Customer&apos;s signature</source>
        <translation>امضای مشتری</translation>
    </message>
    <message>
        <source>Clerk&apos;s signature</source>
        <translation>امضای پذیرش‌گر</translation>
    </message>
    <message>
        <source>Technician&apos;s notes</source>
        <translation>یادداشت‌های تعمیرکار</translation>
    </message>
    <message>
        <source>Delivery receipt</source>
        <translation>رسید تحویل</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>تاریخ تحویل</translation>
    </message>
    <message>
        <source>Rests on</source>
        <translation>مبنا</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>کارهای انجام‌شده</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>فی</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>پوشش</translation>
    </message>
    <message>
        <source>No parts or labour were charged.</source>
        <translation>هیچ قطعه یا دستمزدی ثبت نشده است.</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>جمع هزینه</translation>
    </message>
    <message>
        <source>Covered by warranty or contract</source>
        <translation>سهم گارانتی یا قرارداد</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>مبلغ قابل پرداخت</translation>
    </message>
    <message>
        <source>In words: {amount}</source>
        <translation>به حروف: {amount}</translation>
    </message>
    <message>
        <source>This repair is guaranteed for {days} days, until {date}.</source>
        <translation>این تعمیر {days} روز، تا تاریخ {date}، ضمانت دارد.</translation>
    </message>
    <message>
        <source>Next periodic service</source>
        <translation>سرویس دوره‌ای بعدی</translation>
    </message>
    <message>
        <source>method unknown</source>
        <translation>روش نامعلوم</translation>
    </message>
    <message>
        <source>Paid on {date} ({method})</source>
        <translation>پرداخت در {date} ({method})</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>باقی‌مانده بدهی</translation>
    </message>
    <message>
        <source>Paid in full.</source>
        <translation>به‌طور کامل پرداخت شد.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>صفحه {page} از {pages}</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>صفحه {page}</translation>
    </message>
    <message>
        <source>none (every row)</source>
        <translation>ندارد (همه ردیف‌ها)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>فیلتر</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>تاریخ چاپ</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>تعداد ردیف‌ها</translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>موردی یافت نشد.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>نتیجهٔ کار</translation>
    </message>
    <message>
        <source>Unit {faulty} replaced by {new}</source>
        <translation>دستگاه {faulty} با {new} تعویض شد</translation>
    </message>
    <message>
        <source>Part “{part}” {faulty} replaced by {new}</source>
        <translation>قطعهٔ «{part}» {faulty} با {new} تعویض شد</translation>
    </message>
    <message>
        <source>Money back on {date} ({method})</source>
        <translation>بازپرداخت در {date} ({method})</translation>
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
        <source>this account may not write there, or another program has the file open</source>
        <translation>این حساب اجازهٔ نوشتن در آن‌جا را ندارد، یا برنامهٔ دیگری پرونده را باز کرده است</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>دیسک پر است</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>پوشه وجود ندارد</translation>
    </message>
    <message>
        <source>the disk or folder is read-only</source>
        <translation>دیسک یا پوشه فقط‌خواندنی است</translation>
    </message>
    <message>
        <source>the database file could not be read or written</source>
        <translation>پروندهٔ پایگاه داده خوانده یا نوشته نشد</translation>
    </message>
    <message>
        <source>the system refused (the details are in the log)</source>
        <translation>سیستم نپذیرفت (جزئیات در گزارش برنامه است)</translation>
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
        <source>{date}: {time} is not a time of day</source>
        <translation>{date}: {time} ساعت معتبری نیست</translation>
    </message>
    <message>
        <source>{date}: “{name}” is not the name of a month</source>
        <translation>{date}: «{name}» نام هیچ ماهی نیست</translation>
    </message>
    <message>
        <source>{date}: “{name}” names a month of more than one calendar; write the month as a number</source>
        <translation>{date}: «{name}» نام ماهی در بیش از یک تقویم است؛ ماه را با عدد بنویسید</translation>
    </message>
    <message>
        <source>{date}: the month&apos;s name and the mark after the year are of different calendars</source>
        <translation>{date}: نام ماه و نشانهٔ پس از سال از دو تقویم متفاوت‌اند</translation>
    </message>
    <message>
        <source>{date}: {year} is not a year of the calendar the date names</source>
        <translation>{date}: {year} سالی از تقویمی که تاریخ نام برده نیست</translation>
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
        <source>{value} is too large for an amount of money</source>
        <translation>{value} برای یک مبلغ بیش از حد بزرگ است</translation>
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
        <source>{value} is not a valid mobile number in {country}; write it with its country code (+…) if it is foreign</source>
        <translation>{value} شماره موبایل معتبری در {country} نیست؛ اگر خارجی است، آن را با کد کشور (+…) بنویسید</translation>
    </message>
    <message>
        <source>{value} is not a valid phone number in {country}; write it with its country code (+…) if it is foreign</source>
        <translation>{value} شماره تلفن معتبری در {country} نیست؛ اگر خارجی است، آن را با کد کشور (+…) بنویسید</translation>
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
        <source>The response time must be at least one hour.</source>
        <translation>زمان پاسخ دست‌کم یک ساعت است.</translation>
    </message>
    <message>
        <source>Choose at least one unit for the contract.</source>
        <translation>دست‌کم یک دستگاه برای قرارداد انتخاب کنید.</translation>
    </message>
    <message>
        <source>Contract {number} is cancelled; it cannot be changed.</source>
        <translation>قرارداد سرویس {number} لغو شده و تغییرپذیر نیست.</translation>
    </message>
    <message>
        <source>Say why the contract is cancelled.</source>
        <translation>بنویسید چرا قرارداد لغو می‌شود.</translation>
    </message>
    <message>
        <source>Contract {number} is already renewed by {renewal}.</source>
        <translation>قرارداد {number} پیش‌تر با قرارداد {renewal} تمدید شده است.</translation>
    </message>
    <message>
        <source>Contract {number} is not signed yet; it pays for no visit.</source>
        <translation>قرارداد سرویس {number} هنوز امضا نشده و هزینه‌ی هیچ بازدیدی را نمی‌پردازد.</translation>
    </message>
    <message>
        <source>The visit is outside the contract&apos;s period.</source>
        <translation>بازدید خارج از دوره‌ی قرارداد است.</translation>
    </message>
    <message>
        <source>The customer&apos;s name is required.</source>
        <translation>نام مشتری لازم است.</translation>
    </message>
    <message>
        <source>The mobile {mobile} belongs to {name}, who is archived: restore them from the archive (Customers list, Show archived).</source>
        <translation>موبایل {mobile} متعلق به {name} است که بایگانی شده است: او را از بایگانی برگردانید (فهرست مشتریان، نمایش بایگانی‌شده‌ها).</translation>
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
        <source>Unknown export “{entity}”; choose one of: {choices}.</source>
        <translation>خروجی «{entity}» شناخته نشد؛ یکی از این‌ها را انتخاب کنید: {choices}.</translation>
    </message>
    <message>
        <source>Export to .xlsx or .csv; “{name}” is neither.</source>
        <translation>خروجی باید ‎⁦.xlsx⁩‎ یا ‎⁦.csv⁩‎ باشد؛ «{name}» هیچ‌کدام نیست.</translation>
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
        <source>Choose the day of the call.</source>
        <translation>روز تماس را انتخاب کنید.</translation>
    </message>
    <message>
        <source>That day is in the past: choose today or a later day.</source>
        <translation>این روز گذشته است: امروز یا روزی پس از آن را انتخاب کنید.</translation>
    </message>
    <message>
        <source>This follow-up is already closed.</source>
        <translation>این پیگیری پیش‌تر بسته شده است.</translation>
    </message>
    <message>
        <source>Choose what came of the call.</source>
        <translation>نتیجهٔ تماس را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose the kind of call.</source>
        <translation>نوع تماس را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Write the fault the customer reports.</source>
        <translation>ایرادی را که مشتری می‌گوید بنویسید.</translation>
    </message>
    <message>
        <source>The promised date is in the past.</source>
        <translation>موعد تحویل در گذشته است.</translation>
    </message>
    <message>
        <source>Parts or labour are already on this job; remove them before changing its unit.</source>
        <translation>روی این کار قطعه یا دستمزد ثبت شده است؛ پیش از تغییر دستگاه آن‌ها را حذف کنید.</translation>
    </message>
    <message>
        <source>That unit belongs to another customer.</source>
        <translation>این دستگاه متعلق به مشتری دیگری است.</translation>
    </message>
    <message>
        <source>Say why the catalogue price is overridden.</source>
        <translation>بنویسید چرا قیمت فهرست تغییر می‌کند.</translation>
    </message>
    <message>
        <source>Say why the move is undone.</source>
        <translation>بنویسید چرا این جابه‌جایی برگردانده می‌شود.</translation>
    </message>
    <message>
        <source>There is no move to undo on this ticket.</source>
        <translation>جابه‌جایی‌ای برای برگرداندن در این پذیرش نیست.</translation>
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
        <source>Ticket {number} is cancelled; nothing is owed.</source>
        <translation>پذیرش {number} لغو شده است؛ بدهی ندارد.</translation>
    </message>
    <message>
        <source>Enter the amount paid.</source>
        <translation>مبلغ پرداختی را وارد کنید.</translation>
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
        <source>The stock cannot be more than {limit}.</source>
        <translation>موجودی نمی‌تواند بیشتر از {limit} باشد.</translation>
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
        <source>The product&apos;s model is required.</source>
        <translation>مدل کالا لازم است.</translation>
    </message>
    <message>
        <source>A warranty is from {low} to {high} months.</source>
        <translation>گارانتی از {low} تا {high} ماه است.</translation>
    </message>
    <message>
        <source>A claim limit is from {low} to {high} jobs.</source>
        <translation>سقف استفاده از {low} تا {high} کار است.</translation>
    </message>
    <message>
        <source>Name the category.</source>
        <translation>نام دسته را وارد کنید.</translation>
    </message>
    <message>
        <source>Category {category} has a rule already.</source>
        <translation>دستهٔ {category} از قبل قاعده دارد.</translation>
    </message>
    <message>
        <source>A service interval is from {low} to {high} months.</source>
        <translation>فاصلهٔ سرویس دوره‌ای از {low} تا {high} ماه است.</translation>
    </message>
    <message>
        <source>{product} is already in the catalogue.</source>
        <translation>{product} از قبل در فهرست محصولات هست.</translation>
    </message>
    <message>
        <source>This ticket has no unit to replace.</source>
        <translation>این پذیرش دستگاهی برای تعویض ندارد.</translation>
    </message>
    <message>
        <source>Unit {serial} was replaced already.</source>
        <translation>دستگاه {serial} قبلاً تعویض شده است.</translation>
    </message>
    <message>
        <source>The serial number is required.</source>
        <translation>شماره سریال لازم است.</translation>
    </message>
    <message>
        <source>Unit {serial} has no warranty left to inherit.</source>
        <translation>از گارانتی دستگاه {serial} چیزی برای انتقال نمانده است.</translation>
    </message>
    <message>
        <source>The product has no warranty of its own to give.</source>
        <translation>این کالا قاعدهٔ گارانتی ندارد.</translation>
    </message>
    <message>
        <source>Choose the line of the part that was fitted.</source>
        <translation>ردیف قطعه‌ای را که نصب شد انتخاب کنید.</translation>
    </message>
    <message>
        <source>This part&apos;s replacement is recorded already.</source>
        <translation>تعویض این قطعه قبلاً ثبت شده است.</translation>
    </message>
    <message>
        <source>Enter the amount given back.</source>
        <translation>مبلغ بازپرداخت را وارد کنید.</translation>
    </message>
    <message>
        <source>Choose how the money was given back.</source>
        <translation>روش بازپرداخت وجه را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Say why the money is given back.</source>
        <translation>علت بازپرداخت وجه را بنویسید.</translation>
    </message>
    <message>
        <source>Ticket {number} is cancelled.</source>
        <translation>پذیرش {number} لغو شده است.</translation>
    </message>
    <message>
        <source>Choose the unit&apos;s product.</source>
        <translation>محصول دستگاه را انتخاب کنید.</translation>
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
        <source>The unit already belongs to {name}.</source>
        <translation>این دستگاه همین حالا متعلق به {name} است.</translation>
    </message>
    <message>
        <source>{name} is archived: a unit cannot be given to them.</source>
        <translation>{name} بایگانی شده است: نمی‌توان دستگاهی به او داد.</translation>
    </message>
    <message>
        <source>A unit with serial {serial} is already registered and archived: restore it from its owner&apos;s window.</source>
        <translation>دستگاهی با سریال {serial} پیش‌تر ثبت و بایگانی شده است: آن را از پنجره مالکش از بایگانی برگردانید.</translation>
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
        <source>This warranty is void already.</source>
        <translation>این گارانتی پیش‌تر باطل شده است.</translation>
    </message>
    <message>
        <source>An extension must be at least one month.</source>
        <translation>تمدید باید دست‌کم یک ماه باشد.</translation>
    </message>
    <message>
        <source>Say why the warranty is extended.</source>
        <translation>علت تمدید گارانتی را بنویسید.</translation>
    </message>
    <message>
        <source>Enter the price the customer pays.</source>
        <translation>مبلغی را که مشتری می‌پردازد وارد کنید.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>در {path} پایگاه داده‌ای نیست.</translation>
    </message>
    <message>
        <source>The backup to {target} failed: {reason}</source>
        <translation>تهیه نسخه پشتیبان در {target} ناموفق بود: {reason}</translation>
    </message>
    <message>
        <source>“{url}” is not a database address Khedmat understands. Give the path of a database file, or a postgresql+psycopg://… address.</source>
        <translation>«{url}» نشانی پایگاه داده‌ای نیست که خدمت آن را بشناسد. مسیر یک فایل پایگاه داده یا نشانی‌ای به شکل postgresql+psycopg://… وارد کنید.</translation>
    </message>
    <message>
        <source>Khedmat keeps its records in an SQLite file or on a PostgreSQL server; “{url}” is neither.</source>
        <translation>خدمت سوابق خود را در یک فایل SQLite یا روی یک سرور PostgreSQL نگه می‌دارد؛ «{url}» هیچ‌کدام از این دو نیست.</translation>
    </message>
    <message>
        <source>{where} is on a network share ({share}). Khedmat&apos;s database file must be on this PC&apos;s own disk: SQLite&apos;s write-ahead log does not work over a network file system, and the records would be damaged. For several PCs, keep the records on a PostgreSQL server (see the README).</source>
        <translation>{where} روی یک پوشهٔ اشتراکی شبکه ({share}) است. فایل پایگاه دادهٔ خدمت باید روی دیسک خود این رایانه باشد: گزارش پیش‌نویس (WAL) در SQLite روی سیستم فایل شبکه کار نمی‌کند و سوابق آسیب می‌بینند. برای چند رایانه، سوابق را روی یک سرور PostgreSQL نگه دارید (راهنمای README را ببینید).</translation>
    </message>
    <message>
        <source>{where} is a folder, not a database file. Give the path of the database file itself.</source>
        <translation>{where} یک پوشه است، نه فایل پایگاه داده. مسیر خود فایل پایگاه داده را وارد کنید.</translation>
    </message>
    <message>
        <source>There is no database at {where}. Check the path; to start a new, empty database there, add --create.</source>
        <translation>در {where} پایگاه داده‌ای نیست. مسیر را بررسی کنید؛ برای ساختن پایگاه دادهٔ تازه و خالی در آنجا، ‎--create‎ را اضافه کنید.</translation>
    </message>
    <message>
        <source>{where} cannot be opened for reading and writing. Check that your user may change the file and that no other program holds it.</source>
        <translation>{where} برای خواندن و نوشتن باز نمی‌شود. بررسی کنید که کاربر شما اجازهٔ تغییر این فایل را دارد و برنامهٔ دیگری آن را در دست ندارد.</translation>
    </message>
    <message>
        <source>{where} is not a Khedmat database or it is damaged. Restore it from a backup.</source>
        <translation>{where} پایگاه داده خدمت نیست یا آسیب دیده است. آن را از نسخه پشتیبان بازیابی کنید.</translation>
    </message>
    <message>
        <source>The database is on a server: Khedmat takes no backup file of it. Back it up and restore it with the server&apos;s own tools (pg_dump, pg_restore).</source>
        <translation>پایگاه داده روی سرور است: خدمت از آن فایل پشتیبان نمی‌گیرد. با ابزارهای خود سرور (pg_dump و pg_restore) از آن پشتیبان بگیرید و آن را بازگردانید.</translation>
    </message>
    <message>
        <source>{path} is the open database: choose another file for the backup.</source>
        <translation>{path} همان پایگاه دادهٔ باز است: برای پشتیبان فایل دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Khedmat cannot reach the database “{url}”: its driver is not installed. Use a postgresql+psycopg://… address.</source>
        <translation>خدمت به پایگاه دادهٔ «{url}» دسترسی ندارد: راه‌انداز آن نصب نیست. نشانی‌ای به شکل postgresql+psycopg://… به کار ببرید.</translation>
    </message>
    <message>
        <source>The folder for {where} cannot be made. Check the path.</source>
        <translation>پوشهٔ {where} ساخته نمی‌شود. مسیر را بررسی کنید.</translation>
    </message>
    <message>
        <source>{where} is an empty file that Khedmat did not make; Khedmat does not take it over. Give the path of a Khedmat database, or of a file that does not exist yet with --create.</source>
        <translation>{where} فایل خالی‌ای است که خدمت آن را نساخته است و خدمت آن را به کار نمی‌گیرد. مسیر یک پایگاه دادهٔ خدمت را وارد کنید، یا مسیر فایلی را که هنوز وجود ندارد همراه با ‎--create‎.</translation>
    </message>
    <message>
        <source>Another clerk has just saved a customer with this mobile. Find the customer by the mobile instead of adding them again.</source>
        <translation>همکار دیگری همین الان مشتری‌ای با این شمارهٔ همراه ثبت کرد. به جای ثبت دوباره، مشتری را با شمارهٔ همراه پیدا کنید.</translation>
    </message>
    <message>
        <source>Another clerk has just registered a unit with this serial. Find the unit by the serial instead of registering it again.</source>
        <translation>همکار دیگری همین الان دستگاهی با این شمارهٔ سریال ثبت کرد. به جای ثبت دوباره، دستگاه را با شمارهٔ سریال پیدا کنید.</translation>
    </message>
    <message>
        <source>An import of {file} by {user} is writing to the database. It keeps the database until it ends, so that it is all or nothing. Nothing of yours is saved yet: try again when the import has ended.</source>
        <translation>ورود اطلاعات از {file} توسط {user} در حال نوشتن در پایگاه داده است. این کار تا پایان، پایگاه داده را در اختیار دارد تا یا همه‌چیز ثبت شود یا هیچ‌چیز. هنوز چیزی از کار شما ذخیره نشده است: پس از پایان ورود اطلاعات دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The database is busy with another user&apos;s work ({where}). Please try again in a moment.</source>
        <translation>پایگاه داده مشغول کار کاربر دیگری است ({where}). لطفاً چند لحظه بعد دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The database {where} cannot be opened or written. Check that it is there, that your user may change it, and that its server is running.</source>
        <translation>پایگاه دادهٔ {where} باز یا نوشته نمی‌شود. بررسی کنید که وجود دارد، کاربر شما اجازهٔ تغییر آن را دارد و سرور آن روشن است.</translation>
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
    <message>
        <source>Stock changes by receiving parts or counting them again, not in the form.</source>
        <translation>موجودی با «دریافت قطعه» یا «شمارش دوباره» تغییر می‌کند، نه در این فرم.</translation>
    </message>
    <message>
        <source>Enter how many came in.</source>
        <translation>تعداد دریافت‌شده را وارد کنید.</translation>
    </message>
    <message>
        <source>Say why the stock is corrected.</source>
        <translation>علت اصلاح موجودی را بنویسید.</translation>
    </message>
    <message>
        <source>The count is what the stock already says.</source>
        <translation>این شمارش با موجودی فعلی یکی است.</translation>
    </message>
    <message>
        <source>Pick a customer, or add a new one.</source>
        <translation>مشتری را انتخاب کنید یا مشتری تازه ثبت کنید.</translation>
    </message>
    <message>
        <source>This unit is not registered yet: check its details, then save again.</source>
        <translation>این دستگاه هنوز ثبت نشده است: مشخصات آن را بررسی کنید و دوباره ذخیره کنید.</translation>
    </message>
    <message>
        <source>Choose the unit&apos;s product, or “New brand and model…” to type it.</source>
        <translation>محصول دستگاه را انتخاب کنید، یا «برند و مدل تازه…» را تا آن را بنویسید.</translation>
    </message>
    <message>
        <source>“{line}” is not a date; write each holiday as year-month-day, one a line.</source>
        <translation>«{line}» تاریخ نیست؛ هر تعطیلی را به صورت سال-ماه-روز، هر کدام در یک سطر بنویسید.</translation>
    </message>
    <message>
        <source>The logo file was not found.</source>
        <translation>فایل لوگو پیدا نشد.</translation>
    </message>
    <message>
        <source>The logo file cannot be read.</source>
        <translation>فایل لوگو خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>لوگو باید تصویر PNG یا JPEG باشد.</translation>
    </message>
    <message>
        <source>Choose one of the offered values.</source>
        <translation>یکی از گزینه‌های موجود را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>یک عدد صحیح از {low} تا {high} وارد کنید.</translation>
    </message>
    <message>
        <source>This is too long: at most {count} characters.</source>
        <translation>این متن بیش از حد بلند است: حداکثر {count} نویسه.</translation>
    </message>
    <message>
        <source>The workshop must close after it opens.</source>
        <translation>ساعت پایان کار کارگاه باید پس از ساعت شروع آن باشد.</translation>
    </message>
    <message>
        <source>Enter the name of the shop or company: it heads every job card and receipt.</source>
        <translation>نام فروشگاه یا شرکت را وارد کنید: بالای هر کارت تعمیر و رسید تحویل چاپ می‌شود.</translation>
    </message>
    <message>
        <source>The logo file is damaged or is not a PNG or JPEG image.</source>
        <translation>فایل لوگو خراب است یا تصویر PNG یا JPEG نیست.</translation>
    </message>
    <message>
        <source>Cannot write the file {path}.</source>
        <translation>نمی‌توان فایل {path} را نوشت.</translation>
    </message>
    <message>
        <source>This database&apos;s accounts have passwords: say who you are with --user (the password from KHEDMAT_PASSWORD, or typed when asked).</source>
        <translation>حساب‌های این پایگاه داده رمز عبور دارند: با ‎--user‎ بگویید کیستید (رمز از KHEDMAT_PASSWORD یا با پرسش).</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>دو رمز عبور یکی نیستند.</translation>
    </message>
    <message>
        <source>{path} is neither a .pdf nor an .xlsx file: the report is written as a PDF or as an Excel workbook.</source>
        <translation>{path} نه فایل ‎⁦.pdf⁩‎ است و نه ‎⁦.xlsx⁩‎؛ گزارش به صورت PDF یا کاربرگ اکسل نوشته می‌شود.</translation>
    </message>
    <message>
        <source>A number of months cannot be negative.</source>
        <translation>تعداد ماه‌ها نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>{length} characters; this field holds at most {limit}</source>
        <translation>{length} نویسه؛ این فیلد حداکثر {limit} نویسه جا دارد</translation>
    </message>
    <message>
        <source>The job now costs {due}, more than the {estimate} the customer approved. Record the customer&apos;s approval of the new amount first.</source>
        <translation>هزینهٔ کار اکنون {due} است، بیش از {estimate} که مشتری تأیید کرده بود. ابتدا تأیید مشتری برای مبلغ تازه را ثبت کنید.</translation>
    </message>
    <message>
        <source>The amount paid cannot be negative.</source>
        <translation>مبلغ پرداختی نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>That is more than the {owed} owed.</source>
        <translation>این مبلغ بیش از {owed} بدهی است.</translation>
    </message>
    <message>
        <source>Choose how the customer paid.</source>
        <translation>روش پرداخت مشتری را انتخاب کنید.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>خروجی لغو شد؛ هیچ پرونده‌ای نوشته نشد.</translation>
    </message>
    <message>
        <source>Choose the new owner.</source>
        <translation>مالک جدید را انتخاب کنید.</translation>
    </message>
    <message>
        <source>This list has {count} rows; a printed list holds at most {limit}. Narrow the filter to print it, or export it to Excel.</source>
        <translation>این فهرست {count} ردیف دارد و فهرست چاپی حداکثر {limit} ردیف می‌گیرد. برای چاپ، فیلتر را محدودتر کنید یا فهرست را به اکسل خروجی بگیرید.</translation>
    </message>
    <message>
        <source>The print-out was cancelled.</source>
        <translation>چاپ لغو شد.</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: records depend on this customer (units: {units}, tickets: {tickets}, contracts: {contracts}, follow-ups: {followups}, history entries: {entries}). Archive the customer instead: they leave the lists and the search, and nothing is lost.</source>
        <translation>{name} حذف نمی‌شود: سوابقی به این مشتری وابسته‌اند (دستگاه: {units}، پذیرش: {tickets}، قرارداد: {contracts}، پیگیری: {followups}، سابقه: {entries}). به جای آن مشتری را بایگانی کنید: از فهرست‌ها و جستجو بیرون می‌رود و چیزی از دست نمی‌رود.</translation>
    </message>
    <message>
        <source>The unit {serial} cannot be deleted: records refer to it (tickets: {tickets}, contracts: {contracts}, service plans: {plans}). Archive it instead: it leaves the lists, and nothing is lost.</source>
        <translation>دستگاه {serial} حذف نمی‌شود: سوابقی به آن اشاره دارند (پذیرش: {tickets}، قرارداد: {contracts}، سرویس دوره‌ای: {plans}). به جای آن دستگاه را بایگانی کنید: از فهرست‌ها بیرون می‌رود و چیزی از دست نمی‌رود.</translation>
    </message>
    <message>
        <source>A customer cannot be merged with themselves.</source>
        <translation>مشتری را نمی‌توان با خودش ادغام کرد.</translation>
    </message>
    <message>
        <source>{name} is archived: restore them from the archive before merging another customer into them.</source>
        <translation>{name} بایگانی شده است: پیش از ادغام مشتری دیگری در او، او را از بایگانی برگردانید.</translation>
    </message>
    <message>
        <source>Sign in first: this database&apos;s accounts have passwords.</source>
        <translation>اول وارد شوید: حساب‌های این پایگاه داده رمز عبور دارند.</translation>
    </message>
    <message>
        <source>Your account may not do this; ask a manager.</source>
        <translation>حساب شما اجازهٔ این کار را ندارد؛ از مدیر بخواهید.</translation>
    </message>
    <message>
        <source>{path} is the desk&apos;s database; writing there would destroy it. Choose another name for the file.</source>
        <translation>{path} پایگاه دادهٔ همین میز خدمت است؛ نوشتن روی آن از بینش می‌برد. برای فایل نام دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>{path} is read or written by this same command; writing there would destroy it. Choose another name for the file.</source>
        <translation>{path} را همین فرمان می‌خواند یا می‌نویسد؛ نوشتن روی آن از بینش می‌برد. برای فایل نام دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>{path} is a folder. Give the name of the file to write.</source>
        <translation>{path} یک پوشه است. نام فایلی را که باید نوشته شود وارد کنید.</translation>
    </message>
    <message>
        <source>{path} is not a Khedmat database or it is damaged.</source>
        <translation>{path} پایگاه دادهٔ خدمت نیست یا آسیب دیده است.</translation>
    </message>
    <message>
        <source>{path} is the database itself: choose a backup to restore.</source>
        <translation>{path} خود پایگاه داده است: یک پشتیبان برای بازگرداندن انتخاب کنید.</translation>
    </message>
    <message>
        <source>The restore of {path} failed: {reason}</source>
        <translation>بازگرداندن {path} انجام نشد: {reason}</translation>
    </message>
    <message>
        <source>A password needs at least {count} characters.</source>
        <translation>رمز عبور دست‌کم {count} نویسه لازم دارد.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>نام کاربری یا رمز عبور نادرست است.</translation>
    </message>
    <message>
        <source>This account is disabled; ask the administrator.</source>
        <translation>این حساب غیرفعال است؛ از مدیر سیستم بپرسید.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account can sign in again in {minutes} minutes.</source>
        <translation>رمز نادرست بیش از حد: این حساب تا {minutes} دقیقهٔ دیگر می‌تواند دوباره وارد شود.</translation>
    </message>
    <message>
        <source>The administrator&apos;s password is already set.</source>
        <translation>رمز عبور مدیر سیستم پیش‌تر تعیین شده است.</translation>
    </message>
    <message>
        <source>A user name is one word of letters or digits.</source>
        <translation>نام کاربری یک کلمه از حروف یا رقم‌هاست.</translation>
    </message>
    <message>
        <source>Give the person&apos;s full name.</source>
        <translation>نام کامل شخص را بنویسید.</translation>
    </message>
    <message>
        <source>The user name {name} is taken.</source>
        <translation>نام کاربری {name} گرفته شده است.</translation>
    </message>
    <message>
        <source>You cannot disable the account you are signed in with.</source>
        <translation>حسابی را که با آن وارد شده‌اید نمی‌توانید غیرفعال کنید.</translation>
    </message>
    <message>
        <source>There is no account {name}.</source>
        <translation>حسابی به نام {name} نیست.</translation>
    </message>
    <message>
        <source>Enter the contract&apos;s first day.</source>
        <translation>روز شروع قرارداد را وارد کنید.</translation>
    </message>
    <message>
        <source>Enter the contract&apos;s last day.</source>
        <translation>روز پایان قرارداد را وارد کنید.</translation>
    </message>
    <message>
        <source>Enter the contract&apos;s price (0 if it is free).</source>
        <translation>مبلغ قرارداد را وارد کنید (اگر رایگان است ۰).</translation>
    </message>
    <message>
        <source>Enter how many visits the contract includes, or tick “No limit”.</source>
        <translation>تعداد بازدیدهای قرارداد را وارد کنید، یا «بدون محدودیت» را بزنید.</translation>
    </message>
    <message>
        <source>Say whether the price includes the parts.</source>
        <translation>مشخص کنید قطعات در مبلغ قرارداد هست یا نه.</translation>
    </message>
    <message>
        <source>Choose the customer first.</source>
        <translation>اول مشتری را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Enter the new due date.</source>
        <translation>تاریخ موعد جدید را وارد کنید.</translation>
    </message>
    <message>
        <source>Say why the due date moves.</source>
        <translation>بنویسید چرا موعد جابه‌جا می‌شود.</translation>
    </message>
    <message>
        <source>This unit has no periodic service to move.</source>
        <translation>این دستگاه سرویس دوره‌ای برای جابه‌جایی ندارد.</translation>
    </message>
    <message>
        <source>Contract {number} runs from {start} to {end}; its visit must be on one of those days.</source>
        <translation>قرارداد سرویس {number} از {start} تا {end} است؛ بازدید آن باید در همین بازه باشد.</translation>
    </message>
    <message>
        <source>The unit has no owner on record; register its owner before opening a ticket.</source>
        <translation>مالک این دستگاه ثبت نشده است؛ پیش از پذیرش، مالک آن را ثبت کنید.</translation>
    </message>
    <message>
        <source>Choose how the complaint came in.</source>
        <translation>راه رسیدن شکایت را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose or type the complaint&apos;s category.</source>
        <translation>دستهٔ شکایت را انتخاب کنید یا بنویسید.</translation>
    </message>
    <message>
        <source>Write what the customer complains of.</source>
        <translation>بنویسید مشتری از چه شکایت دارد.</translation>
    </message>
    <message>
        <source>That ticket is another customer&apos;s.</source>
        <translation>این پذیرش مال مشتری دیگری است.</translation>
    </message>
    <message>
        <source>That unit is another customer&apos;s.</source>
        <translation>این دستگاه مال مشتری دیگری است.</translation>
    </message>
    <message>
        <source>This complaint is closed.</source>
        <translation>این شکایت بسته شده است.</translation>
    </message>
    <message>
        <source>Write what the customer was told.</source>
        <translation>بنویسید به مشتری چه گفته شد.</translation>
    </message>
    <message>
        <source>Write the root cause: why this happened.</source>
        <translation>علت ریشه‌ای را بنویسید: چرا این اتفاق افتاد.</translation>
    </message>
    <message>
        <source>Write the action required so that it does not happen again.</source>
        <translation>اقدام لازم را بنویسید تا دوباره پیش نیاید.</translation>
    </message>
    <message>
        <source>A claim cannot move from “{source}” to “{target}”.</source>
        <translation>مطالبه نمی‌تواند از «{source}» به «{target}» برود.</translation>
    </message>
    <message>
        <source>The faulty part of this line was sent to the manufacturer already; the line stays on the ticket.</source>
        <translation>قطعهٔ معیوب این ردیف قبلاً برای سازنده ارسال شده است؛ ردیف در پذیرش می‌ماند.</translation>
    </message>
    <message>
        <source>Choose the new unit&apos;s warranty.</source>
        <translation>گارانتی دستگاه جدید را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose the part that was fitted.</source>
        <translation>قطعه‌ای را که نصب شد انتخاب کنید.</translation>
    </message>
    <message>
        <source>Say why the line is covered or charged.</source>
        <translation>بگویید چرا این ردیف تحت پوشش است یا هزینه دارد.</translation>
    </message>
    <message>
        <source>The line is covered that way already.</source>
        <translation>این ردیف از قبل همین‌طور است.</translation>
    </message>
    <message>
        <source>{text} is not a month; write it as year-month, for example 1403-07.</source>
        <translation>«{text}» ماه نیست؛ آن را به‌صورت سال-ماه بنویسید، مثلاً ۱۴۰۳-۰۷.</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Close without extending the warranty?</source>
        <translation>بدون تمدید گارانتی بسته شود؟</translation>
    </message>
    <message>
        <source>Extend the warranty</source>
        <translation>تمدید گارانتی</translation>
    </message>
    <message>
        <source>Months:</source>
        <translation>چند ماه:</translation>
    </message>
    <message>
        <source>Why (sold, goodwill…):</source>
        <translation>چرا (فروش، حسن‌نیت…):</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>city</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>national ID</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <source>company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>مشتری ویژه</translation>
    </message>
    <message>
        <source>seller</source>
        <translation>فروشنده</translation>
    </message>
    <message>
        <source>invoice number</source>
        <translation>شماره فاکتور</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>عیب</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>لوازم همراه</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>وضعیت ظاهری</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <source>Kind of job</source>
        <translation>نوع کار</translation>
    </message>
    <message>
        <source>Came in by</source>
        <translation>روش مراجعه</translation>
    </message>
    <message>
        <source>Promised date</source>
        <translation>موعد تحویل</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>تعمیرکار</translation>
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
        <source>Product</source>
        <translation>محصول</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>تاریخ خرید</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>فروشنده</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>شماره فاکتور</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مالک</translation>
    </message>
    <message>
        <source>Warranty end</source>
        <translation>پایان گارانتی</translation>
    </message>
    <message>
        <source>Warranty void since</source>
        <translation>گارانتی باطل از</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>فی</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Merged customer</source>
        <translation>مشتری ادغام‌شده</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حذف شد</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>بایگانی شد</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>نام شرکت</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>VIP customer</source>
        <translation>مشتری ویژه</translation>
    </message>
    <message>
        <source>Messages in</source>
        <translation>زبان پیامک‌ها</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Wrong passwords in a row</source>
        <translation>رمزهای نادرست پیاپی</translation>
    </message>
    <message>
        <source>Waits until</source>
        <translation>در انتظار تا</translation>
    </message>
    <message>
        <source>Last signed in</source>
        <translation>آخرین ورود</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Customer&apos;s answer</source>
        <translation>پاسخ مشتری</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>تاریخ پاسخ</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>پاسخ‌دهنده</translation>
    </message>
    <message>
        <source>Answered by way of</source>
        <translation>راه پاسخ</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>تاریخ بایگانی</translation>
    </message>
    <message>
        <source>At</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>برند</translation>
    </message>
    <message>
        <source>Cancelled on</source>
        <translation>تاریخ لغو</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>گروه کالا</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>زمان بستن</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>توضیح</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>قرارداد</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>پوشش</translation>
    </message>
    <message>
        <source>Coverage note</source>
        <translation>شرح پوشش</translation>
    </message>
    <message>
        <source>Covered until</source>
        <translation>پوشش تا</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>تحت پوشش</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>رضایت</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <source>Warranty months</source>
        <translation>ماه‌های گارانتی</translation>
    </message>
    <message>
        <source>Delivered at</source>
        <translation>زمان تحویل</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>زمان انجام</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>موعد</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاریخ پایان</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>برآورد هزینه</translation>
    </message>
    <message>
        <source>From status</source>
        <translation>از وضعیت</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <source>Every (months)</source>
        <translation>هر چند ماه</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>دوباره‌کاری</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>تنظیم</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>آخرین انجام</translation>
    </message>
    <message>
        <source>Periodic service (months)</source>
        <translation>سرویس دوره‌ای (ماه)</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>روش پرداخت</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>مدل</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>موعد بعدی</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>توصیه</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation>زمان پذیرش</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>پذیرش‌کننده</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>زمان پرداخت</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>قطعه</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>حد سفارش</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>نماینده اختصاصی</translation>
    </message>
    <message>
        <source>Response time (hours)</source>
        <translation>زمان پاسخ (ساعت)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاریخ شروع</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>موجودی</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>شرایط</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>پذیرش</translation>
    </message>
    <message>
        <source>To status</source>
        <translation>به وضعیت</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>حساب کاربری</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Visits included</source>
        <translation>بازدیدهای قرارداد</translation>
    </message>
    <message>
        <source>Visits used</source>
        <translation>بازدیدهای انجام‌شده</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>علت ابطال</translation>
    </message>
    <message>
        <source>Voided by</source>
        <translation>باطل‌کننده</translation>
    </message>
    <message>
        <source>Void since</source>
        <translation>باطل از</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>دستگاه‌ها</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>پذیرش‌ها</translation>
    </message>
    <message>
        <source>Periodic service due</source>
        <translation>موعد سرویس دوره‌ای</translation>
    </message>
    <message>
        <source>Warranty price</source>
        <translation>مبلغ گارانتی</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>پوشش</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>{field}: {before} → {after}</source>
        <translation>{field}: {before} ← {after}</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Loading demo data…</source>
        <translation>در حال بارگذاری داده نمایشی…</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>بارگذاری داده نمایشی</translation>
    </message>
    <message numerus="yes">
        <source>Demo data loaded: %n customers, with their units and tickets.</source>
        <translation>
            <numerusform>داده نمایشی بارگذاری شد: %n مشتری، با دستگاه‌ها و پذیرش‌هایشان.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Khedmat</source>
        <translation>به خدمت خوش آمدید</translation>
    </message>
    <message>
        <source>The name, address and phone of your shop or company head every job card and receipt. You can change them later under Tools › Settings.</source>
        <translation>نام، نشانی و تلفن فروشگاه یا شرکت شما بالای هر کارت تعمیر و رسید تحویل چاپ می‌شود. بعداً می‌توانید آن‌ها را در ابزارها › تنظیمات تغییر دهید.</translation>
    </message>
    <message>
        <source>Shop or company name</source>
        <translation>نام فروشگاه یا شرکت</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Administrator&apos;s password</source>
        <translation>رمز عبور مدیر سیستم</translation>
    </message>
    <message>
        <source>The password again</source>
        <translation>تکرار رمز عبور</translation>
    </message>
    <message>
        <source>At least 8 characters; asked at every start</source>
        <translation>دست‌کم ۸ نویسه؛ در هر بار شروع پرسیده می‌شود</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>الزامی</translation>
    </message>
    <message>
        <source>How would you like to begin?</source>
        <translation>چگونه شروع می‌کنید؟</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>بارگذاری داده نمایشی</translation>
    </message>
    <message>
        <source>Sample customers, units and tickets to try the desk with. Keep the shop&apos;s real records in a database of their own.</source>
        <translation>مشتری‌ها، دستگاه‌ها و پذیرش‌های نمونه برای آزمودن میز خدمت. سوابق واقعی فروشگاه را در پایگاه دادهٔ جداگانه‌ای نگه دارید.</translation>
    </message>
    <message>
        <source>Import a workbook…</source>
        <translation>ورود کاربرگ…</translation>
    </message>
    <message>
        <source>Bring in the customers, units and jobs of an old Excel log.</source>
        <translation>مشتری‌ها، دستگاه‌ها و کارهای یک کاربرگ قدیمی اکسل را وارد کنید.</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>شروع با پایگاه دادهٔ خالی</translation>
    </message>
    <message>
        <source>Register the first customer when the first unit comes in.</source>
        <translation>نخستین مشتری را هنگام رسیدن نخستین دستگاه ثبت کنید.</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>بعداً تصمیم می‌گیرم</translation>
    </message>
</context>
<context>
    <name>FollowUpButton</name>
    <message>
        <source>{name} — ticket {ticket}</source>
        <translation>{name} — پذیرش {ticket}</translation>
    </message>
    <message>
        <source>{name} — unit {serial}</source>
        <translation>{name} — دستگاه {serial}</translation>
    </message>
    <message>
        <source>Complaint or call</source>
        <translation>شکایت یا تماس</translation>
    </message>
    <message>
        <source>Complaint…</source>
        <translation>شکایت…</translation>
    </message>
    <message>
        <source>Schedule a call…</source>
        <translation>زمان‌بندی تماس…</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>The call closes: the number is not the customer&apos;s.</source>
        <translation>پیگیری بسته می‌شود: این شماره مال مشتری نیست.</translation>
    </message>
    <message>
        <source>This is try {n} of {allowed}, the last: the call closes as not reached.</source>
        <translation>این تلاش {n} از {allowed} و آخرین است: پیگیری با «در دسترس نبود» بسته می‌شود.</translation>
    </message>
    <message>
        <source>This is try {n} of {allowed}: the call is due again on the day below.</source>
        <translation>این تلاش {n} از {allowed} است: پیگیری در روز زیر دوباره سررسید می‌شود.</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>تماس پیگیری</translation>
    </message>
    <message>
        <source>{name} — {mobile}</source>
        <translation>{name} — {mobile}</translation>
    </message>
    <message>
        <source>{name} — {mobile} — ticket {ticket}</source>
        <translation>{name} — {mobile} — پذیرش {ticket}</translation>
    </message>
    <message>
        <source>{kind}, due {day}</source>
        <translation>{kind}، سررسید {day}</translation>
    </message>
    <message>
        <source>{about}. {note}</source>
        <translation>{about}. {note}</translation>
    </message>
    <message>
        <source>{about}. Closed: {outcome}.</source>
        <translation>{about}. بسته شد: {outcome}.</translation>
    </message>
    <message numerus="yes">
        <source>Tries so far: %n</source>
        <translation>
            <numerusform>تلاش‌ها تا اینجا: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>This try</source>
        <translation>این تلاش</translation>
    </message>
    <message>
        <source>Choose what came of the call…</source>
        <translation>نتیجهٔ تماس را انتخاب کنید…</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه تماس</translation>
    </message>
    <message>
        <source>Call back on</source>
        <translation>تماس دوباره در</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>رضایت (۱ تا ۵)</translation>
    </message>
    <message>
        <source>Note on this try</source>
        <translation>یادداشت این تلاش</translation>
    </message>
    <message>
        <source>Would recommend us (0–10)</source>
        <translation>ما را توصیه می‌کند (۰ تا ۱۰)</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>گفته‌های مشتری</translation>
    </message>
    <message>
        <source>The problem persists: reopen the ticket as rework</source>
        <translation>مشکل هنوز هست: پذیرش به‌عنوان دوباره‌کاری باز شود</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>پرسیده نشد</translation>
    </message>
</context>
<context>
    <name>FollowUpFilterBar</name>
    <message>
        <source>Due now</source>
        <translation>موعد رسیده</translation>
    </message>
    <message>
        <source>All still to call</source>
        <translation>همه تماس‌های باقی‌مانده</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>All</source>
        <translation>همه</translation>
    </message>
</context>
<context>
    <name>FoundUnit</name>
    <message>
        <source>Transfer to this customer…</source>
        <translation>انتقال به این مشتری…</translation>
    </message>
    <message>
        <source>The unit changes owner; its history records it.</source>
        <translation>مالک دستگاه عوض می‌شود و در سابقهٔ آن ثبت می‌شود.</translation>
    </message>
    <message>
        <source>No owner on record</source>
        <translation>مالکی ثبت نشده است</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>مالک: {owner}</translation>
    </message>
    <message>
        <source>Product: {product}</source>
        <translation>کالا: {product}</translation>
    </message>
    <message>
        <source>Bought on {date}</source>
        <translation>تاریخ خرید: {date}</translation>
    </message>
    <message>
        <source>Archived on {date}: restore it from its owner&apos;s window.</source>
        <translation>در {date} بایگانی شده است: آن را از پنجره مالکش از بایگانی برگردانید.</translation>
    </message>
    <message>
        <source>This unit is registered to {owner}, not to the customer of this ticket.</source>
        <translation>این دستگاه به نام {owner} ثبت شده است، نه به نام مشتری این پذیرش.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>This unit is already in the workshop: {tickets}. Open another ticket only for a new fault.</source>
        <translation>این دستگاه هم‌اکنون در تعمیرگاه است: {tickets}. پذیرش دیگری فقط برای ایرادی تازه باز کنید.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{count} rejected rows written to {path}.</source>
        <translation>{count} ردیف ردشده در {path} نوشته شد.</translation>
    </message>
    <message>
        <source>Every row and what became of it written to {path}.</source>
        <translation>همهٔ ردیف‌ها و سرنوشت هر کدام در {path} نوشته شد.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>پرونده {path} وجود ندارد.</translation>
    </message>
    <message>
        <source>{path} is protected by a password. Open it in Excel or LibreOffice, save a copy without the password and import that copy.</source>
        <translation>{path} با گذرواژه محافظت شده است. آن را در Excel یا LibreOffice باز کنید، نسخه‌ای بدون گذرواژه ذخیره کنید و آن نسخه را وارد کنید.</translation>
    </message>
    <message>
        <source>{path} is not a spreadsheet Khedmat can read (.xlsx, .xls or .ods).</source>
        <translation>{path} صفحه‌گسترده‌ای نیست که خدمت بتواند بخواند (⁦.xlsx⁩، ⁦.xls⁩ یا ⁦.ods⁩).</translation>
    </message>
    <message>
        <source>{path} is too large to import: it unpacks to {size}, and Khedmat reads workbooks of up to {limit}. Split it into smaller workbooks (a year or a branch each) and import them one by one.</source>
        <translation>{path} برای ورود بیش از حد بزرگ است: باز‌شدهٔ آن {size} است و خدمت کاربرگ‌هایی تا {limit} را می‌خواند. آن را به کاربرگ‌های کوچک‌تر (هر سال یا هر شعبه یکی) بشکنید و یکی‌یکی وارد کنید.</translation>
    </message>
    <message>
        <source>{path} is too large to import: its sheets span {cells} cells (every row and column from the first used cell to the last), and Khedmat reads up to {limit} at once. Split it into smaller workbooks, or delete stray values far below or to the right of the data.</source>
        <translation>{path} برای ورود بیش از حد بزرگ است: برگه‌هایش {cells} خانه را در بر می‌گیرند (همهٔ سطرها و ستون‌ها از نخستین خانهٔ پُر تا آخرین) و خدمت یک‌جا تا {limit} خانه می‌خواند. آن را به کاربرگ‌های کوچک‌تر بشکنید، یا مقدارهای پراکنده‌ای را که دور از داده‌ها، پایین یا کنار آن‌ها نوشته شده‌اند پاک کنید.</translation>
    </message>
    <message>
        <source>{path} is too large to import: its cells hold {size} of text once text the file stores once is copied into every cell that shows it, and Khedmat reads up to {limit}. Split it into smaller workbooks.</source>
        <translation>{path} برای ورود بیش از حد بزرگ است: وقتی متنی که فایل یک بار نگه می‌دارد در هر خانه‌ای که نشانش می‌دهد گذاشته شود، خانه‌هایش {size} متن دارند و خدمت تا {limit} می‌خواند. آن را به کاربرگ‌های کوچک‌تر بشکنید.</translation>
    </message>
    <message>
        <source>{path} cannot be imported: it is packed in a way no spreadsheet program writes (it unpacks to far more than it should). It may be damaged, or made to exhaust the computer&apos;s memory. Open it in Excel or LibreOffice, save a copy and import that copy.</source>
        <translation>{path} وارد‌شدنی نیست: به شکلی فشرده شده که هیچ برنامهٔ صفحه‌گسترده‌ای نمی‌نویسد (باز‌شده‌اش بسیار بزرگ‌تر از آن است که باید باشد). شاید آسیب دیده باشد، یا برای پر کردن حافظهٔ رایانه ساخته شده باشد. آن را در Excel یا LibreOffice باز کنید، نسخه‌ای ذخیره کنید و همان نسخه را وارد کنید.</translation>
    </message>
    <message>
        <source>The workbook {path} is empty.</source>
        <translation>کاربرگ {path} خالی است.</translation>
    </message>
    <message>
        <source>Imported: {imported}. Merged into existing records: {merged}. Skipped as not data: {skipped}. Rejected: {rejected}.</source>
        <translation>واردشده: {imported}. ادغام‌شده در سوابق موجود: {merged}. ردشده چون داده نیست: {skipped}. رد شده: {rejected}.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n ردیف</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: {rows} read from one sheet.</source>
        <translation>{file}: {rows} از یک برگه خوانده شد.</translation>
    </message>
    <message>
        <source>{file}: {rows} read from {sheets}.</source>
        <translation>{file}: {rows} از {sheets} خوانده شد.</translation>
    </message>
    <message numerus="yes">
        <source>%n sheets</source>
        <translation>
            <numerusform>%n برگه</numerusform>
        </translation>
    </message>
    <message>
        <source>New records: {counts}.</source>
        <translation>رکوردهای تازه: {counts}.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n مشتری</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n units</source>
        <translation>
            <numerusform>%n دستگاه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets</source>
        <translation>
            <numerusform>%n پذیرش</numerusform>
        </translation>
    </message>
    <message>
        <source>Technicians named in the sheets and added to the staff (without sign-in): {count}.</source>
        <translation>تکنسین‌هایی که در برگه‌ها نام برده شده‌اند و به کارکنان افزوده شدند (بی ورود به برنامه): {count}.</translation>
    </message>
    <message>
        <source>Jobs still open in the sheets but received before the cut-off, closed as imported (their sheet status is in their history): {count}.</source>
        <translation>کارهایی که در برگه‌ها هنوز باز بودند ولی پیش از مرز زمانی پذیرش شده بودند و «بسته (واردشده)» شدند (وضعیت برگه در سابقه‌شان مانده است): {count}.</translation>
    </message>
    <message>
        <source>The sheet {sheet} is hidden in the workbook; it was read like the others.</source>
        <translation>برگهٔ {sheet} در کاربرگ پنهان است؛ مانند بقیه خوانده شد.</translation>
    </message>
    <message>
        <source>Rejected: sheet {sheet}, row {row}, column {column}: {reason}</source>
        <translation>رد شد: برگه {sheet}، ردیف {row}، ستون {column}: {reason}</translation>
    </message>
    <message>
        <source>Dry run: nothing was written to the database.</source>
        <translation>اجرای آزمایشی: چیزی در پایگاه داده نوشته نشد.</translation>
    </message>
    <message>
        <source>A backup of the database before the import is at {path}.</source>
        <translation>پشتیبان پایگاه داده پیش از ورود در {path} است.</translation>
    </message>
    <message>
        <source>No backup file was taken: the database is on a server, which is backed up with the server&apos;s own tools.</source>
        <translation>پروندهٔ پشتیبانی گرفته نشد: پایگاه داده روی سرور است و با ابزارهای خود سرور پشتیبان‌گیری می‌شود.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>برگه</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>علت</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>واردشده</translation>
    </message>
    <message>
        <source>Merged into existing records</source>
        <translation>ادغام‌شده در سوابق موجود</translation>
    </message>
    <message>
        <source>Skipped (not data)</source>
        <translation>کنار گذاشته (داده نیست)</translation>
    </message>
    <message>
        <source>Every row</source>
        <translation>همهٔ ردیف‌ها</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>What</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>No sheet in {path} has a header row Khedmat recognises (columns such as name, mobile, serial).</source>
        <translation>هیچ برگه‌ای در {path} ردیف عنوانی ندارد که خدمت بشناسد (ستون‌هایی مانند نام، موبایل، سریال).</translation>
    </message>
    <message>
        <source>Amount received in the sheet: {amount}</source>
        <translation>مبلغ دریافتی در برگه: {amount}</translation>
    </message>
    <message>
        <source>Closed (imported): still open in the sheet, and received more than {months} months before the import.</source>
        <translation>بسته (واردشده): در برگه هنوز باز بود و بیش از {months} ماه پیش از ورود پذیرش شده بود.</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>دستگاه</translation>
    </message>
    <message>
        <source>blank row</source>
        <translation>ردیف خالی</translation>
    </message>
    <message>
        <source>the sheet has no recognisable header row</source>
        <translation>برگه ردیف عنوان شناختنی ندارد</translation>
    </message>
    <message>
        <source>title above the header row</source>
        <translation>عنوان بالای ردیف سرستون‌ها</translation>
    </message>
    <message>
        <source>header row</source>
        <translation>ردیف سرستون‌ها</translation>
    </message>
    <message>
        <source>header row repeated</source>
        <translation>تکرار ردیف سرستون‌ها</translation>
    </message>
    <message>
        <source>total row</source>
        <translation>ردیف جمع</translation>
    </message>
    <message>
        <source>not data: {why}</source>
        <translation>داده نیست: {why}</translation>
    </message>
    <message>
        <source>new customer {name}</source>
        <translation>مشتری جدید {name}</translation>
    </message>
    <message>
        <source>existing customer {name}</source>
        <translation>مشتری موجود {name}</translation>
    </message>
    <message>
        <source>new unit {serial}</source>
        <translation>دستگاه جدید {serial}</translation>
    </message>
    <message>
        <source>existing unit {serial}</source>
        <translation>دستگاه موجود {serial}</translation>
    </message>
    <message>
        <source>new ticket {number}</source>
        <translation>پذیرش جدید {number}</translation>
    </message>
    <message>
        <source>ticket {number} already present</source>
        <translation>پذیرش {number} از قبل موجود است</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>ورود داده لغو شد؛ چیزی نوشته نشد.</translation>
    </message>
    <message>
        <source>not stored, as nothing new was made of the row: {cells}</source>
        <translation>ذخیره نشد، چون از این ردیف رکورد تازه‌ای ساخته نشد: {cells}</translation>
    </message>
    <message>
        <source>the {record} has {field} “{kept}”; the sheet&apos;s “{value}” was not stored over it</source>
        <translation>{field} {record} «{kept}» است؛ «{value}» برگه روی آن نوشته نشد</translation>
    </message>
    <message>
        <source>existing unit {serial}, recorded for another customer ({owner}); its owner was not changed</source>
        <translation>دستگاه موجود {serial}، ثبت‌شده به نام مشتری دیگری ({owner})؛ مالک آن تغییر نکرد</translation>
    </message>
    <message>
        <source>the unit&apos;s purchase date was kept; the sheet&apos;s {date} was not stored over it</source>
        <translation>تاریخ خرید دستگاه همان ماند؛ {date} برگه روی آن نوشته نشد</translation>
    </message>
    <message>
        <source>the sheet says the unit&apos;s coverage is “{sheet}”, but by its warranty and contracts in Khedmat it is “{ours}” today; check the unit</source>
        <translation>برگه پوشش دستگاه را «{sheet}» می‌گوید، اما بر پایه گارانتی و قراردادهای آن در خدمت امروز «{ours}» است؛ دستگاه را بررسی کنید</translation>
    </message>
    <message>
        <source>the same repair is already present</source>
        <translation>همین تعمیر از قبل ثبت شده است</translation>
    </message>
    <message>
        <source>Amount from the legacy sheet</source>
        <translation>مبلغ از دفتر قدیمی</translation>
    </message>
    <message>
        <source>Imported from {file}, sheet {sheet}, row {row}.</source>
        <translation>واردشده از {file}، برگه {sheet}، ردیف {row}.</translation>
    </message>
    <message>
        <source>Status in the sheet: {status}</source>
        <translation>وضعیت در دفتر: {status}</translation>
    </message>
    <message>
        <source>Amount in the sheet: {amount}</source>
        <translation>مبلغ در برگه: {amount}</translation>
    </message>
    <message>
        <source>“{value}” is not a kind of job Khedmat knows</source>
        <translation>«{value}» نوع کاری نیست که خدمت بشناسد</translation>
    </message>
    <message>
        <source>“{value}” is not a priority Khedmat knows</source>
        <translation>«{value}» اولویتی نیست که خدمت بشناسد</translation>
    </message>
    <message>
        <source>“{value}” is neither yes nor no</source>
        <translation>«{value}» نه «بله» است نه «خیر»</translation>
    </message>
    <message>
        <source>The cell holds a spreadsheet error ({error}), not a value: correct it in the workbook</source>
        <translation>خانه به جای مقدار، خطای صفحه‌گسترده ({error}) دارد: آن را در کاربرگ درست کنید</translation>
    </message>
    <message>
        <source>The cell holds a formula whose value was never saved: open the workbook in Excel or LibreOffice and save it again</source>
        <translation>خانه فرمولی دارد که مقدارش هرگز ذخیره نشده است: کاربرگ را در Excel یا LibreOffice باز کنید و دوباره ذخیره کنید</translation>
    </message>
    <message>
        <source>The purchase date is in the future.</source>
        <translation>تاریخ خرید در آینده است.</translation>
    </message>
    <message>
        <source>A warranty end without the purchase date: the warranty&apos;s start is unknown</source>
        <translation>پایان گارانتی بدون تاریخ خرید: آغاز گارانتی معلوم نیست</translation>
    </message>
    <message>
        <source>The warranty ends before the unit was bought.</source>
        <translation>گارانتی پیش از خرید دستگاه تمام می‌شود.</translation>
    </message>
    <message>
        <source>A void warranty, but the row gives no warranty.</source>
        <translation>گارانتی باطل شده، ولی سطر گارانتی‌ای نمی‌دهد.</translation>
    </message>
    <message>
        <source>The warranty is void, but the row does not say since when.</source>
        <translation>گارانتی باطل شده، ولی سطر نمی‌گوید از چه روزی.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>تاریخ در آینده است.</translation>
    </message>
    <message>
        <source>The unit was delivered before it was received.</source>
        <translation>دستگاه پیش از پذیرش تحویل داده شده است.</translation>
    </message>
    <message>
        <source>The job has no date received; a ticket&apos;s date is never made up: write it in the sheet (or choose the column that holds it)</source>
        <translation>کار تاریخ پذیرش ندارد؛ تاریخ پذیرش هرگز از خود ساخته نمی‌شود: آن را در برگه بنویسید (یا ستونی را که آن را دارد انتخاب کنید)</translation>
    </message>
    <message>
        <source>The amount is in {currency}, but this desk works in {desk}.</source>
        <translation>مبلغ به {currency} است، اما این پذیرش با {desk} کار می‌کند.</translation>
    </message>
    <message>
        <source>The row names no customer (neither a name nor a mobile).</source>
        <translation>ردیف هیچ مشتری‌ای را نام نمی‌برد (نه نام و نه موبایل).</translation>
    </message>
    <message>
        <source>“{value}” is not a status Khedmat knows</source>
        <translation>«{value}» وضعیتی نیست که خدمت بشناسد</translation>
    </message>
    <message>
        <source>“{value}” is not a number of months</source>
        <translation>«{value}» تعداد ماه نیست</translation>
    </message>
    <message>
        <source>Cannot write the file {path}.</source>
        <translation>نوشتن فایل {path} ممکن نیست.</translation>
    </message>
    <message>
        <source>The mapping file {path} cannot be read.</source>
        <translation>فایل نگاشت {path} خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>{path} is not a Khedmat mapping file.</source>
        <translation>{path} فایل نگاشت خدمت نیست.</translation>
    </message>
    <message>
        <source>The mapping does not fit {path}: {what}</source>
        <translation>نگاشت با {path} جور نیست: {what}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Customer name</source>
        <translation>نام مشتری</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <source>Phone (landline)</source>
        <translation>تلفن (ثابت)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>VIP customer</source>
        <translation>مشتری ویژه</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>سریال</translation>
    </message>
    <message>
        <source>Product / model</source>
        <translation>کالا / مدل</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>برند</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>تاریخ خرید</translation>
    </message>
    <message>
        <source>Warranty (months)</source>
        <translation>گارانتی (ماه)</translation>
    </message>
    <message>
        <source>Warranty ends</source>
        <translation>پایان گارانتی</translation>
    </message>
    <message>
        <source>Warranty void since</source>
        <translation>ابطال گارانتی از</translation>
    </message>
    <message>
        <source>Why the warranty is void</source>
        <translation>علت ابطال گارانتی</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>فروشنده</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>شماره فاکتور</translation>
    </message>
    <message>
        <source>Coverage (worked out, not stored)</source>
        <translation>پوشش (محاسبه می‌شود، ذخیره نمی‌شود)</translation>
    </message>
    <message>
        <source>Date delivered</source>
        <translation>تاریخ تحویل</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>تکنسین</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>ایراد</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>لوازم همراه</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>وضعیت ظاهری</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Kind of job</source>
        <translation>نوع کار</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <source>Amount charged</source>
        <translation>مبلغ هزینه</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>مبلغ دریافتی</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>شماره پذیرش</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>تاریخ پذیرش</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>مشتریان جدید</translation>
    </message>
    <message>
        <source>New units</source>
        <translation>دستگاه‌های جدید</translation>
    </message>
    <message>
        <source>New tickets</source>
        <translation>پذیرش‌های جدید</translation>
    </message>
    <message>
        <source>Keep in notes</source>
        <translation>نگه‌داری در یادداشت</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>وارد نمی‌شود</translation>
    </message>
    <message>
        <source>This sheet is empty.</source>
        <translation>این برگه خالی است.</translation>
    </message>
    <message>
        <source>This sheet is not imported. To import it, choose the row that holds the column names.</source>
        <translation>این برگه وارد نمی‌شود. برای واردکردنش، ردیفی را که نام ستون‌ها در آن است انتخاب کنید.</translation>
    </message>
    <message>
        <source>Header on row {row}; {rows} rows below it. {fields} columns chosen, {notes} kept in notes.</source>
        <translation>سرستون در ردیف {row}؛ {rows} ردیف زیر آن. {fields} ستون تعیین شده و {notes} ستون در یادداشت نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>No column is the customer name or mobile: every row would be rejected.</source>
        <translation>هیچ ستونی نام یا موبایل مشتری نیست: همه ردیف‌ها رد می‌شوند.</translation>
    </message>
    <message>
        <source>The sheet is hidden in the workbook; it is imported like the others unless you leave it out.</source>
        <translation>این برگه در کاربرگ پنهان است؛ مانند بقیه وارد می‌شود مگر آن را کنار بگذارید.</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>ردیف &amp;سرستون:</translation>
    </message>
    <message>
        <source>Do not import this sheet</source>
        <translation>این برگه وارد نشود</translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation>ردیف {row}</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>برگه</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Choose the workbook</source>
        <translation>انتخاب کاربرگ</translation>
    </message>
    <message>
        <source>Check the sheets and their columns</source>
        <translation>بررسی برگه‌ها و ستون‌هایشان</translation>
    </message>
    <message>
        <source>Dry run: what the import would do</source>
        <translation>اجرای آزمایشی: ورود اطلاعات چه خواهد کرد</translation>
    </message>
    <message>
        <source>What became of every row</source>
        <translation>سرانجام هر ردیف</translation>
    </message>
    <message>
        <source>Choose the workbook that holds the old records (.xlsx, .xls or .ods). Nothing is written to the database until you confirm the import.</source>
        <translation>کاربرگی را که سوابق قدیمی در آن است انتخاب کنید (⁦.xlsx⁩، ⁦.xls⁩ یا ⁦.ods⁩). تا ورود را تأیید نکنید، چیزی در پایگاه داده نوشته نمی‌شود.</translation>
    </message>
    <message>
        <source>The highlighted row is read as each sheet&apos;s header, and the list above each column says what the column holds. Columns kept in notes go into each ticket&apos;s history. Double-click a row to make it the header.</source>
        <translation>ردیف پررنگ‌شده سرستون هر برگه خوانده می‌شود و فهرست بالای هر ستون می‌گوید آن ستون چه دارد. ستون‌هایی که در یادداشت نگه داشته می‌شوند به سابقه هر پذیرش می‌روند. با دوبار کلیک روی یک ردیف، آن را سرستون کنید.</translation>
    </message>
    <message>
        <source>Every row was read and checked; nothing was written. Go back to change the columns, or import.</source>
        <translation>همه ردیف‌ها خوانده و بررسی شد و چیزی نوشته نشد. برای تغییر ستون‌ها برگردید، یا وارد کنید.</translation>
    </message>
    <message>
        <source>The import is done. Every row of the workbook is listed with what became of it.</source>
        <translation>ورود اطلاعات انجام شد. همه ردیف‌های کاربرگ با سرانجامشان در فهرست آمده‌اند.</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;بعدی</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>اجرای &amp;آزمایشی</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;ورود اطلاعات…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;بستن</translation>
    </message>
    <message>
        <source>Choose the legacy workbook</source>
        <translation>انتخاب کاربرگ قدیمی</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx *.xls *.ods)</source>
        <translation>کاربرگ‌ها (*.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <source>Load a saved mapping</source>
        <translation>بارگذاری نگاشت ذخیره‌شده</translation>
    </message>
    <message>
        <source>Khedmat mappings (*.json)</source>
        <translation>نگاشت‌های خدمت (*.json)</translation>
    </message>
    <message>
        <source>Detected from each sheet&apos;s headings.</source>
        <translation>از سرستون‌های هر برگه تشخیص داده می‌شود.</translation>
    </message>
    <message>
        <source>Saved mapping {file}</source>
        <translation>نگاشت ذخیره‌شده {file}</translation>
    </message>
    <message>
        <source>Choose a workbook first.</source>
        <translation>اول یک کاربرگ انتخاب کنید.</translation>
    </message>
    <message>
        <source>Sheets imported: {taken} of {sheets} ({rows}).</source>
        <translation>برگه‌های واردشونده: {taken} از {sheets} ({rows}).</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n ردیف</numerusform>
        </translation>
    </message>
    <message>
        <source>Import {rows} into the database? A backup of the database is taken first.</source>
        <translation>{rows} به پایگاه داده وارد شود؟ پیش از آن از پایگاه داده نسخهٔ پشتیبان گرفته می‌شود.</translation>
    </message>
    <message>
        <source>Import {rows} into the database? The database is on a server: no backup file is taken, so make sure the server&apos;s own backup is recent.</source>
        <translation>{rows} به پایگاه داده وارد شود؟ پایگاه داده روی سرور است و پروندهٔ پشتیبانی گرفته نمی‌شود؛ مطمئن شوید پشتیبان خود سرور تازه است.</translation>
    </message>
    <message>
        <source>Rejected rows: {count}; the first {shown} are shown.</source>
        <translation>ردیف‌های ردشده: {count}؛ {shown} ردیف نخست نشان داده شده است.</translation>
    </message>
    <message>
        <source>Rejected rows: {count}.</source>
        <translation>ردیف‌های ردشده: {count}.</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>ذخیره نگاشت</translation>
    </message>
    <message>
        <source>Only a manager may import; this check changed nothing.</source>
        <translation>فقط مدیر می‌تواند وارد کند؛ این بررسی چیزی را تغییر نداد.</translation>
    </message>
    <message>
        <source>The mapping was saved to {path}. Load it to import a workbook laid out the same way.</source>
        <translation>نگاشت در {path} ذخیره شد. برای ورود کاربرگی با همین چیدمان آن را بارگذاری کنید.</translation>
    </message>
    <message>
        <source>The {rejected} rejected rows are left out; save them to a workbook, correct them there and import that later.</source>
        <translation>{rejected} ردیف ردشده وارد نمی‌شوند؛ آن‌ها را در یک کاربرگ ذخیره کنید، همان‌جا اصلاح کنید و بعداً وارد کنید.</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>در حال بررسی {file}…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>در حال ورود {file}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Row {done} of {total}</source>
        <translation>ردیف {done} از {total}</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>هیچ ردیفی رد نشد.</translation>
    </message>
    <message>
        <source>All rows ({count})</source>
        <translation>همه ردیف‌ها ({count})</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>ذخیره ردیف‌های ردشده</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>کاربرگ‌ها (*.xlsx)</translation>
    </message>
    <message>
        <source>{path} cannot be written. Choose another folder, or close the file if it is open in another program.</source>
        <translation>نوشتن در {path} ممکن نیست. پوشه دیگری انتخاب کنید، یا اگر پرونده در برنامه دیگری باز است آن را ببندید.</translation>
    </message>
    <message>
        <source>Close the import? Nothing has been imported yet.</source>
        <translation>ورود اطلاعات بسته شود؟ هنوز چیزی وارد نشده است.</translation>
    </message>
    <message>
        <source>Import a legacy workbook</source>
        <translation>ورود کاربرگ قدیمی</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>کاربرگ</translation>
    </message>
    <message>
        <source>Sheets and columns</source>
        <translation>برگه‌ها و ستون‌ها</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>اجرای آزمایشی</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>گزارش پایانی</translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation>&amp;کاربرگ:</translation>
    </message>
    <message>
        <source>The .xlsx, .xls or .ods file of the old records</source>
        <translation>پرونده ⁦.xlsx⁩، ⁦.xls⁩ یا ⁦.ods⁩ سوابق قدیمی</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;نتخاب…</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>ستون‌ها:</translation>
    </message>
    <message>
        <source>&amp;Load a saved mapping…</source>
        <translation>&amp;بارگذاری نگاشت ذخیره‌شده…</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>&amp;ذخیره نگاشت…</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>ردیف‌ها</translation>
    </message>
    <message>
        <source>New records</source>
        <translation>سوابق جدید</translation>
    </message>
    <message>
        <source>First problems</source>
        <translation>نخستین مشکل‌ها</translation>
    </message>
    <message>
        <source>Save rejected rows…</source>
        <translation>ذخیره ردیف‌های ردشده…</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>&amp;نمایش:</translation>
    </message>
    <message>
        <source>Backup taken before the import:</source>
        <translation>نسخه پشتیبان پیش از ورود:</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;قبلی</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Customer: {customer}</source>
        <translation>مشتری: {customer}</translation>
    </message>
    <message>
        <source>Ticket {number} is open</source>
        <translation>پذیرش {number} ثبت شد</translation>
    </message>
    <message>
        <source>Close without saving? What you typed for this ticket will be lost.</source>
        <translation>بدون ذخیره بسته شود؟ آنچه برای این پذیرش نوشته‌اید از دست می‌رود.</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>پذیرش تازه</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Mobile or name</source>
        <translation>موبایل یا نام</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>مشتری تازه</translation>
    </message>
    <message>
        <source>Add a customer who is not in the list ({keys})</source>
        <translation>افزودن مشتری‌ای که در فهرست نیست ({keys})</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>مشتری تازه</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>موبایل:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>شهر:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>دستگاه</translation>
    </message>
    <message>
        <source>&amp;Serial:</source>
        <translation>سریال:</translation>
    </message>
    <message>
        <source>Serial number on the unit</source>
        <translation>شماره سریال روی دستگاه</translation>
    </message>
    <message>
        <source>Transfer unit {serial} from {owner} to {customer}? The unit&apos;s history records it.</source>
        <translation>دستگاه {serial} از {owner} به {customer} منتقل شود؟ در سابقهٔ دستگاه ثبت می‌شود.</translation>
    </message>
    <message>
        <source>Brought in by the new owner at intake</source>
        <translation>مالک تازه هنگام پذیرش آورد</translation>
    </message>
    <message>
        <source>Coverage unknown: no warranty rule for this product; type the warranty months</source>
        <translation>پوشش نامعلوم: این کالا قاعدهٔ گارانتی ندارد؛ ماه‌های گارانتی را وارد کنید</translation>
    </message>
    <message>
        <source>Coverage unknown: give the purchase date (without it no warranty is recorded)</source>
        <translation>پوشش نامعلوم: تاریخ خرید را وارد کنید (بدون آن گارانتی ثبت نمی‌شود)</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>پذیرش</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>راه مراجعه:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>نوع:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>اولویت:</translation>
    </message>
    <message>
        <source>&amp;Fault:</source>
        <translation>ایراد:</translation>
    </message>
    <message>
        <source>Accessories received:</source>
        <translation>لوازم همراه دریافتی:</translation>
    </message>
    <message>
        <source>Physical condition:</source>
        <translation>وضعیت ظاهری:</translation>
    </message>
    <message>
        <source>Promised date:</source>
        <translation>موعد تحویل:</translation>
    </message>
    <message>
        <source>Estimate:</source>
        <translation>برآورد هزینه:</translation>
    </message>
    <message>
        <source>What the customer says is wrong</source>
        <translation>ایرادی که مشتری می‌گوید</translation>
    </message>
    <message>
        <source>&amp;Print job card</source>
        <translation>چاپ کارت تعمیر</translation>
    </message>
    <message>
        <source>Print the job card of the ticket just opened.</source>
        <translation>چاپ کارت تعمیر پذیرشی که همین حالا ثبت شد.</translation>
    </message>
    <message>
        <source>Pre&amp;view job card</source>
        <translation>&amp;پیش‌نمایش کارت تعمیر</translation>
    </message>
    <message>
        <source>See the job card of the ticket just opened as it will be printed.</source>
        <translation>کارت تعمیر پذیرشی را که همین حالا ثبت شد، همان‌طور که چاپ می‌شود ببینید.</translation>
    </message>
    <message>
        <source>New &amp;ticket</source>
        <translation>پذیرش تازه</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Save the ticket ({keys})</source>
        <translation>ذخیره پذیرش ({keys})</translation>
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
        <source>Correction</source>
        <translation>اصلاح</translation>
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
        <source>Cash</source>
        <translation>نقدی</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>کارت</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>انتقال بانکی</translation>
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
        <source>Opening stock</source>
        <translation>موجودی آغازین</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>دریافت</translation>
    </message>
    <message>
        <source>Used on a ticket</source>
        <translation>مصرف در پذیرش</translation>
    </message>
    <message>
        <source>Returned from a ticket</source>
        <translation>برگشت از پذیرش</translation>
    </message>
    <message>
        <source>Counted again</source>
        <translation>شمارش دوباره</translation>
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
    <message>
        <source>Training on use</source>
        <translation>آموزش کاربری</translation>
    </message>
    <message>
        <source>Training-on-use call</source>
        <translation>تماس آموزش کاربری</translation>
    </message>
    <message>
        <source>Other call</source>
        <translation>تماس دیگر</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>در دسترس نبود</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>پاسخ‌داده</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>بسته</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>نتیجهٔ کار</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>تعمیر شد</translation>
    </message>
    <message>
        <source>Unit replaced</source>
        <translation>دستگاه تعویض شد</translation>
    </message>
    <message>
        <source>Part replaced</source>
        <translation>قطعه تعویض شد</translation>
    </message>
    <message>
        <source>Money back</source>
        <translation>بازپرداخت وجه</translation>
    </message>
    <message>
        <source>To send</source>
        <translation>برای ارسال</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ارسال شد</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>اعتبار داده شد</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>رد شد</translation>
    </message>
</context>
<context>
    <name>LabourPrompt</name>
    <message>
        <source>Add labour</source>
        <translation>افزودن دستمزد</translation>
    </message>
    <message>
        <source>&amp;Work done:</source>
        <translation>کار انجام‌شده:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>مبلغ:</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Overdue: the promised day has passed</source>
        <translation>دیرکرد: موعد تحویل گذشته است</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>بایگانی‌شده</translation>
    </message>
    <message>
        <source>Ends within 30 days</source>
        <translation>پایان تا ۳۰ روز دیگر</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>پایان‌یافته</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>باطل</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>دیرکرد</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
</context>
<context>
    <name>LinePrompt</name>
    <message>
        <source>Correct a line</source>
        <translation>اصلاح ردیف</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>تعداد:</translation>
    </message>
    <message>
        <source>Unit &amp;price:</source>
        <translation>فی:</translation>
    </message>
    <message>
        <source>&amp;Why the catalogue price changes:</source>
        <translation>دلیل تغییر قیمت فهرست:</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Export to Excel</source>
        <translation>خروجی اکسل</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>کاربرگ اکسل (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n rows written to {path}.</source>
        <translation>
            <numerusform>%n ردیف در {path} نوشته شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>باز کردن پوشه</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n rows…</source>
        <translation>
            <numerusform>در حال نوشتن %n ردیف…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
</context>
<context>
    <name>ListPrinting</name>
    <message numerus="yes">
        <source>Preparing %n rows for printing…</source>
        <translation>
            <numerusform>در حال آماده کردن %n ردیف برای چاپ…</numerusform>
        </translation>
    </message>
    <message>
        <source>Print list</source>
        <translation>چاپ فهرست</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>Matching “{text}”</source>
        <translation>شامل «{text}»</translation>
    </message>
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
        <source>Nothing found for “{text}”.</source>
        <translation>برای «{text}» چیزی پیدا نشد.</translation>
    </message>
    <message>
        <source>Select a ticket in the list to print its job card.</source>
        <translation>برای چاپ کارت تعمیر، یک پذیرش را در فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Khedmat will use the new language the next time it starts.</source>
        <translation>خدمت از اجرای بعدی با زبان تازه باز می‌شود.</translation>
    </message>
    <message>
        <source>Call to {name}</source>
        <translation>تماس با {name}</translation>
    </message>
    <message>
        <source>What was said?</source>
        <translation>چه گفته شد؟</translation>
    </message>
    <message>
        <source>Select a call still to make in the follow-ups list.</source>
        <translation>در فهرست پیگیری‌ها تماسی را که هنوز انجام نشده انتخاب کنید.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ردیف</numerusform>
        </translation>
    </message>
    <message>
        <source>Filtered by “{text}”</source>
        <translation>فیلتر با «{text}»</translation>
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
        <source>Follow-ups</source>
        <translation>پیگیری‌ها</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Search everything: ticket number, mobile, name or serial (Ctrl+F)</source>
        <translation>جستجو در همه‌چیز: شماره پذیرش، موبایل، نام یا سریال (Ctrl+F)</translation>
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
        <source>&amp;Tools</source>
        <translation>&amp;ابزارها</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>پذیرش &amp;تازه…</translation>
    </message>
    <message>
        <source>&amp;Print job card</source>
        <translation>&amp;چاپ کارت تعمیر</translation>
    </message>
    <message>
        <source>Print the job card of the ticket selected in the list.</source>
        <translation>چاپ کارت تعمیر پذیرش انتخاب‌شده در فهرست.</translation>
    </message>
    <message>
        <source>Print pre&amp;view of the job card</source>
        <translation>&amp;پیش‌نمایش چاپ کارت تعمیر</translation>
    </message>
    <message>
        <source>See the job card of the ticket selected in the list as it will be printed.</source>
        <translation>کارت تعمیر پذیرش انتخاب‌شده در فهرست را همان‌طور که چاپ می‌شود ببینید.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تازه‌سازی</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;جستجو…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>خروجی اکسل…</translation>
    </message>
    <message>
        <source>Save the list shown, with its filter and order, as an Excel workbook to read or print.</source>
        <translation>فهرست نمایش‌داده‌شده را همان‌طور که فیلتر و مرتب شده، به صورت کاربرگ اکسل برای خواندن یا چاپ ذخیره می‌کند.</translation>
    </message>
    <message>
        <source>Print &amp;list…</source>
        <translation>چاپ فهرست…</translation>
    </message>
    <message>
        <source>Print the list shown, with its filter and order, on A4 landscape pages.</source>
        <translation>فهرست نمایش‌داده‌شده را همان‌طور که فیلتر و مرتب شده، روی برگه‌های A4 افقی چاپ می‌کند.</translation>
    </message>
    <message>
        <source>Print previe&amp;w of the list…</source>
        <translation>پیش‌نمایش چاپ فهرست…</translation>
    </message>
    <message>
        <source>See the list shown, with its filter and order, as it will be printed.</source>
        <translation>فهرست نمایش‌داده‌شده را با فیلتر و ترتیبش همان‌طور که چاپ خواهد شد نشان می‌دهد.</translation>
    </message>
    <message>
        <source>&amp;Import legacy workbook…</source>
        <translation>&amp;ورود کاربرگ قدیمی…</translation>
    </message>
    <message>
        <source>&amp;Parts catalogue…</source>
        <translation>فهرست &amp;قطعات…</translation>
    </message>
    <message>
        <source>Pro&amp;ducts catalogue…</source>
        <translation>فهرست محصولات…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>ردپای تغییرات…</translation>
    </message>
    <message>
        <source>S&amp;taff and accounts…</source>
        <translation>کارکنان و حساب‌ها…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;تنظیمات…</translation>
    </message>
    <message>
        <source>Periodic ser&amp;vice…</source>
        <translation>سرویس دوره‌ای…</translation>
    </message>
    <message>
        <source>Co&amp;mplaints…</source>
        <translation>شکایت‌ها…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>تغییر زمان…</translation>
    </message>
    <message>
        <source>&amp;Returns to the manufacturer…</source>
        <translation>مرجوعی به سازنده…</translation>
    </message>
    <message>
        <source>&amp;Monthly report…</source>
        <translation>گزارش ماهانه…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>These details of the other customer differ and are not taken; the merge&apos;s history entry keeps them:</source>
        <translation>این مشخصات مشتری دیگر فرق دارد و برداشته نمی‌شود؛ در سابقه ادغام نگه داشته می‌شود:</translation>
    </message>
    <message>
        <source>{count} will move here</source>
        <translation>{count} مورد به اینجا منتقل می‌شود</translation>
    </message>
    <message>
        <source>Differs: kept in the history, not taken</source>
        <translation>فرق دارد: در سابقه نگه داشته می‌شود، برداشته نمی‌شود</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>ادغام</translation>
    </message>
    <message>
        <source>Merge {other} into {keep}? Their units, tickets and history move to {keep}, and {other} is removed. This cannot be undone.</source>
        <translation>{other} در {keep} ادغام شود؟ دستگاه‌ها، پذیرش‌ها و سابقه او به {keep} منتقل می‌شود و {other} حذف می‌شود. این کار برگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <source>Merge with another customer — {name}</source>
        <translation>ادغام با مشتری دیگر — {name}</translation>
    </message>
    <message>
        <source>Find the customer who is the same person as {name}. Everything of theirs moves to {name}; details {name} lacks are taken from them.</source>
        <translation>مشتری‌ای را پیدا کنید که همان {name} است. همه چیز او به {name} منتقل می‌شود؛ مشخصاتی که {name} ندارد از او برداشته می‌شود.</translation>
    </message>
    <message>
        <source>&amp;Other customer (name, mobile or serial):</source>
        <translation>مشتری دیگر (نام، موبایل یا سریال):</translation>
    </message>
    <message>
        <source>Type a name or a mobile…</source>
        <translation>نام یا موبایل را بنویسید…</translation>
    </message>
    <message>
        <source>Kept: {name}</source>
        <translation>می‌ماند: {name}</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>در آن ادغام می‌شود</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>نام شرکت</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>دستگاه‌ها</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>پذیرش‌ها</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>قراردادها</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>پیگیری‌ها</translation>
    </message>
    <message>
        <source>History entries</source>
        <translation>سابقه</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>ادغام…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>&amp;Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>باز کردن پوشه</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>کاربر دیگری ذخیره کرده است</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>بارگذاری دوباره</translation>
    </message>
    <message>
        <source>Keep my changes open</source>
        <translation>تغییرات من باز بماند</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>بستن بدون ذخیره</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>ادامهٔ ویرایش</translation>
    </message>
    <message>
        <source>The database is busy</source>
        <translation>پایگاه داده مشغول است</translation>
    </message>
    <message>
        <source>Wait and try again</source>
        <translation>صبر و تلاش دوباره</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Khedmat</source>
        <translation>خدمت</translation>
    </message>
</context>
<context>
    <name>Messages to customers</name>
    <message>
        <source>Dear {name}, thank you for choosing {company}. We will call you about job {ticket}; tell us if anything is not right.</source>
        <translation>{name} گرامی، از اینکه {company} را انتخاب کردید سپاسگزاریم. درباره پذیرش {ticket} با شما تماس می‌گیریم؛ اگر مشکلی هست به ما بگویید.</translation>
    </message>
    <message>
        <source>Dear {name}, the warranty of your {product} (serial {serial}) ends on {date}. Ask {company} about an extended warranty or a maintenance contract.</source>
        <translation>{name} گرامی، گارانتی دستگاه {product} شما (سریال {serial}) در {date} به پایان می‌رسد. درباره گارانتی تمدیدی یا قرارداد سرویس از {company} بپرسید.</translation>
    </message>
    <message>
        <source>Dear {name}, your maintenance contract {contract} with {company} ends on {date}. Call us to renew it.</source>
        <translation>{name} گرامی، قرارداد سرویس {contract} شما با {company} در {date} به پایان می‌رسد. برای تمدید با ما تماس بگیرید.</translation>
    </message>
    <message>
        <source>Dear {name}, the periodic service of your {product} (serial {serial}) is due on {date}. Call {company} to book it.</source>
        <translation>{name} گرامی، سرویس دوره‌ای دستگاه {product} شما (سریال {serial}) در {date} است. برای نوبت با {company} تماس بگیرید.</translation>
    </message>
    <message>
        <source>Dear {name}, we have your request {ticket} under contract {contract}; {company} will contact you shortly. We are sorry for the wait.</source>
        <translation>{name} گرامی، درخواست {ticket} شما ذیل قرارداد {contract} ثبت است؛ {company} به‌زودی با شما تماس می‌گیرد. از انتظارتان پوزش می‌خواهیم.</translation>
    </message>
    <message>
        <source>Dear {name}, {company} has your complaint and is working on it; we will call you.</source>
        <translation>{name} گرامی، شکایت شما به {company} رسیده و در حال پیگیری است؛ با شما تماس می‌گیریم.</translation>
    </message>
    <message>
        <source>Dear {name}, we are sorry: job {ticket} was promised for {date} and is not ready yet. {company} will call you with a new date.</source>
        <translation>{name} گرامی، پوزش می‌خواهیم: پذیرش {ticket} برای {date} وعده داده شده بود و هنوز آماده نیست. {company} برای اعلام تاریخ تازه با شما تماس می‌گیرد.</translation>
    </message>
    <message>
        <source>our service centre</source>
        <translation>مرکز خدمات ما</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>پیامک‌ها</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>متن پیامک</translation>
    </message>
</context>
<context>
    <name>MonthPicker</name>
    <message>
        <source>Jalali (Solar Hijri)</source>
        <translation>هجری شمسی (جلالی)</translation>
    </message>
    <message>
        <source>Hijri (Umm al-Qura)</source>
        <translation>هجری قمری (ام‌القری)</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>تقویم:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>ماه:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>سال:</translation>
    </message>
</context>
<context>
    <name>MoveDueDialog</name>
    <message>
        <source>Close without moving the due date?</source>
        <translation>بدون جابه‌جایی موعد بسته شود؟</translation>
    </message>
    <message>
        <source>Move the due date</source>
        <translation>جابه‌جایی موعد سرویس دوره‌ای</translation>
    </message>
    <message>
        <source>{product}, serial {serial}</source>
        <translation>{product}، سریال {serial}</translation>
    </message>
    <message>
        <source>New due date:</source>
        <translation>موعد جدید:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>دلیل:</translation>
    </message>
</context>
<context>
    <name>MovementsDialog</name>
    <message>
        <source>Stock movements of {part}</source>
        <translation>گردش موجودی {part}</translation>
    </message>
    <message>
        <source>In stock: {stock}</source>
        <translation>موجودی: {stock}</translation>
    </message>
</context>
<context>
    <name>OldJobsChoice</name>
    <message>
        <source>Jobs still open in the sheets</source>
        <translation>کارهایی که در برگه‌ها هنوز باز هستند</translation>
    </message>
    <message>
        <source>&amp;Close as imported (their sheet status kept in their history) when received more than</source>
        <translation>&amp;بستن به‌عنوان «واردشده» (وضعیت برگه در سابقه می‌ماند) اگر پذیرششان بیش از</translation>
    </message>
    <message>
        <source>months before today</source>
        <translation>ماه پیش از امروز است</translation>
    </message>
    <message>
        <source>&amp;Keep every job open, however old</source>
        <translation>همهٔ کارها باز &amp;بمانند، هر قدر هم قدیمی</translation>
    </message>
</context>
<context>
    <name>PartPicker</name>
    <message>
        <source>Low stock: {stock} left, reorder at {level}</source>
        <translation>موجودی کم: {stock} عدد مانده، نقطه سفارش {level}</translation>
    </message>
    <message>
        <source>Add a part</source>
        <translation>افزودن قطعه</translation>
    </message>
    <message>
        <source>Filter by code or name…</source>
        <translation>جستجو با کد یا نام…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>موجودی</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>تعداد:</translation>
    </message>
</context>
<context>
    <name>PartsDialog</name>
    <message>
        <source>Consumable</source>
        <translation>مصرفی</translation>
    </message>
    <message>
        <source>At or below the reorder level: {count}</source>
        <translation>در نقطه سفارش یا کمتر: {count}</translation>
    </message>
    <message>
        <source>Close without saving? Your changes to this part will be lost.</source>
        <translation>بدون ذخیره بسته شود؟ تغییرهایتان در این قطعه از دست می‌رود.</translation>
    </message>
    <message>
        <source>New part</source>
        <translation>قطعه جدید</translation>
    </message>
    <message>
        <source>Edit part {code}</source>
        <translation>ویرایش قطعه {code}</translation>
    </message>
    <message>
        <source>Spare parts</source>
        <translation>قطعه‌ها</translation>
    </message>
    <message>
        <source>Filter by code or name…</source>
        <translation>جستجو با کد یا نام قطعه…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>قیمت</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>موجودی</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>نقطه سفارش</translation>
    </message>
    <message>
        <source>Consumable (gas, filters…): charged even under warranty</source>
        <translation>مصرفی (گاز، فیلتر…): حتی در گارانتی هزینه دارد</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>&amp;Received…</source>
        <translation>دریافت قطعه…</translation>
    </message>
    <message>
        <source>Co&amp;unt again…</source>
        <translation>شمارش دوباره…</translation>
    </message>
    <message>
        <source>&amp;Movements…</source>
        <translation>گردش موجودی…</translation>
    </message>
    <message>
        <source>Only a manager may change the catalogue&apos;s parts.</source>
        <translation>فقط مدیر می‌تواند قطعه‌های فهرست را تغییر دهد.</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>New password for {user}</source>
        <translation>رمز عبور تازه برای {user}</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>رمز عبور تازه:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>دوباره:</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Nothing to pay.</source>
        <translation>چیزی برای پرداخت نیست.</translation>
    </message>
    <message>
        <source>{amount} stays owed.</source>
        <translation>{amount} بدهکار می‌ماند.</translation>
    </message>
    <message>
        <source>Paid in full.</source>
        <translation>به‌طور کامل پرداخت می‌شود.</translation>
    </message>
    <message>
        <source>That is more than is owed.</source>
        <translation>این بیش از بدهی است.</translation>
    </message>
    <message>
        <source>Deliver ticket {number}</source>
        <translation>تحویل پذیرش {number}</translation>
    </message>
    <message>
        <source>Hand “{unit}” back to {customer}?</source>
        <translation>«{unit}» به {customer} تحویل داده شود؟</translation>
    </message>
    <message>
        <source>the unit</source>
        <translation>دستگاه</translation>
    </message>
    <message>
        <source>&amp;Deliver</source>
        <translation>تحویل</translation>
    </message>
    <message>
        <source>Payment for ticket {number}</source>
        <translation>پرداخت پذیرش {number}</translation>
    </message>
    <message>
        <source>What {customer} pays now for this job.</source>
        <translation>مبلغی که {customer} اکنون برای این کار می‌پردازد.</translation>
    </message>
    <message>
        <source>&amp;Record payment</source>
        <translation>ثبت پرداخت</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Cost of the job:</source>
        <translation>هزینهٔ کار:</translation>
    </message>
    <message>
        <source>Covered by warranty or contract:</source>
        <translation>سهم گارانتی یا قرارداد:</translation>
    </message>
    <message>
        <source>The customer pays:</source>
        <translation>سهم مشتری:</translation>
    </message>
    <message>
        <source>Already paid:</source>
        <translation>پیش‌تر پرداخت‌شده:</translation>
    </message>
    <message>
        <source>Owed now:</source>
        <translation>بدهی اکنون:</translation>
    </message>
    <message>
        <source>&amp;Received now:</source>
        <translation>دریافتی اکنون:</translation>
    </message>
    <message>
        <source>Paid &amp;by:</source>
        <translation>روش پرداخت:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب کنید…</translation>
    </message>
</context>
<context>
    <name>PeriodFilterBar</name>
    <message>
        <source>All</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Running out within 30 days</source>
        <translation>رو به پایان در ۳۰ روز آینده</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>پایان‌یافته</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>باطل</translation>
    </message>
</context>
<context>
    <name>PeriodicServiceDialog</name>
    <message>
        <source>This unit already has a ticket not yet done ({numbers}). Open another one?</source>
        <translation>این دستگاه پذیرش باز دارد ({numbers}). پذیرش دیگری باز شود؟</translation>
    </message>
    <message>
        <source>Periodic service</source>
        <translation>سرویس دوره‌ای</translation>
    </message>
    <message>
        <source>Periodic service due on {date}</source>
        <translation>سرویس دوره‌ای با موعد {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n units</source>
        <translation>
            <numerusform>%n دستگاه</numerusform>
        </translation>
    </message>
    <message>
        <source>Open periodic-service &amp;ticket</source>
        <translation>پذیرش سرویس دوره‌ای</translation>
    </message>
    <message>
        <source>Open a periodic-service ticket on the selected unit, for its owner.</source>
        <translation>برای دستگاه انتخاب‌شده و به نام مالک آن، پذیرش سرویس دوره‌ای باز می‌کند.</translation>
    </message>
    <message>
        <source>&amp;Move due date…</source>
        <translation>جابه‌جایی موعد…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>خروجی اکسل…</translation>
    </message>
    <message>
        <source>Filter by serial, name, mobile or contract…</source>
        <translation>پالایش با سریال، نام، موبایل یا شماره قرارداد…</translation>
    </message>
</context>
<context>
    <name>PlanFilterBar</name>
    <message>
        <source>Due now</source>
        <translation>موعد رسیده</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>دیرکرد</translation>
    </message>
    <message>
        <source>Due date unknown</source>
        <translation>موعد نامعلوم</translation>
    </message>
    <message>
        <source>All</source>
        <translation>همه</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Save as PDF</source>
        <translation>ذخیره به صورت PDF</translation>
    </message>
    <message>
        <source>The PDF was saved to {path}.</source>
        <translation>فایل PDF در {path} ذخیره شد.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on and connected.</source>
        <translation>چاپگر راه‌اندازی نشد. بررسی کنید که روشن و متصل باشد.</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>پیش‌نمایش چاپ</translation>
    </message>
</context>
<context>
    <name>ProductChoice</name>
    <message>
        <source>Choose the product…</source>
        <translation>محصول را انتخاب کنید…</translation>
    </message>
    <message>
        <source>New brand and model…</source>
        <translation>برند و مدل تازه…</translation>
    </message>
</context>
<context>
    <name>ProductsDialog</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n ماه</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>{months} (category rule)</source>
        <translation>{months} (قاعدهٔ دسته)</translation>
    </message>
    <message>
        <source>Close without saving? Your changes to this product will be lost.</source>
        <translation>بدون ذخیره بسته شود؟ تغییرهایتان در این محصول از دست می‌رود.</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>محصول جدید</translation>
    </message>
    <message>
        <source>Edit {product}</source>
        <translation>ویرایش {product}</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>محصولات</translation>
    </message>
    <message>
        <source>Filter by brand, model or category…</source>
        <translation>جستجو با برند، مدل یا دسته…</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>برند</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>مدل</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>Warranty (months)</source>
        <translation>گارانتی (ماه)</translation>
    </message>
    <message>
        <source>Periodic service (months)</source>
        <translation>سرویس دوره‌ای (هر چند ماه)</translation>
    </message>
    <message>
        <source>Warranty claim limit</source>
        <translation>سقف دفعات استفاده از گارانتی</translation>
    </message>
    <message>
        <source>Not set: the category&apos;s rule</source>
        <translation>تعیین نشده: قاعدهٔ دسته</translation>
    </message>
    <message>
        <source>No limit of its own</source>
        <translation>بدون سقف اختصاصی</translation>
    </message>
    <message>
        <source>Category &amp;rules…</source>
        <translation>قواعد دسته‌ها…</translation>
    </message>
    <message>
        <source>No periodic service</source>
        <translation>بدون سرویس دوره‌ای</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>جستجو در:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>پرونده‌هایی از نوع:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>باز کردن</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Money back for ticket {number}</source>
        <translation>بازپرداخت وجه برای پذیرش {number}</translation>
    </message>
    <message>
        <source>The money {customer} gets back for the unit. The job&apos;s cost and what was paid for it stay as they are.</source>
        <translation>مبلغی که {customer} بابت دستگاه پس می‌گیرد. هزینهٔ کار و آنچه برای آن پرداخت شده تغییر نمی‌کند.</translation>
    </message>
    <message>
        <source>&amp;Amount given back:</source>
        <translation>مبلغ بازپرداخت:</translation>
    </message>
    <message>
        <source>Given back &amp;by:</source>
        <translation>روش بازپرداخت:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>علت:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب کنید…</translation>
    </message>
    <message>
        <source>Give money back</source>
        <translation>بازپرداخت وجه</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
</context>
<context>
    <name>RepeatedDefectNotice</name>
    <message numerus="yes">
        <source>The same fault seems to be back after %n warranty repairs:</source>
        <translation>
            <numerusform>به نظر می‌رسد همان عیب پس از %n تعمیر در گارانتی برگشته است:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This unit had %n warranty repairs:</source>
        <translation>
            <numerusform>این دستگاه %n بار در گارانتی تعمیر شده است:</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer may now ask for a replacement or a refund.</source>
        <translation>مشتری اکنون می‌تواند تعویض دستگاه یا بازپرداخت وجه را بخواهد.</translation>
    </message>
    <message>
        <source>{number} of {date}: {fault}</source>
        <translation>{number} مورخ {date}: {fault}</translation>
    </message>
</context>
<context>
    <name>ReplacedNotice</name>
    <message>
        <source>This unit was replaced by unit {serial} on ticket {number}; the customer has the new one.</source>
        <translation>این دستگاه در پذیرش {number} با دستگاه {serial} تعویض شده است؛ دستگاه جدید نزد مشتری است.</translation>
    </message>
</context>
<context>
    <name>ReplacementDialog</name>
    <message>
        <source>Replace for ticket {number}</source>
        <translation>تعویض برای پذیرش {number}</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>دستگاه</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>قطعه</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>تعویض</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Serial of the new unit:</source>
        <translation>سریال دستگاه جدید:</translation>
    </message>
    <message>
        <source>Its warranty:</source>
        <translation>گارانتی آن:</translation>
    </message>
    <message>
        <source>No warranty</source>
        <translation>بدون گارانتی</translation>
    </message>
    <message>
        <source>Faulty unit: {product} — {serial}. It is kept, marked replaced; the new unit is registered to the customer.</source>
        <translation>دستگاه معیوب: {product} — {serial}. این دستگاه نگه داشته و «تعویض‌شده» علامت می‌خورد؛ دستگاه جدید به نام مشتری ثبت می‌شود.</translation>
    </message>
    <message>
        <source>What is left of the faulty unit&apos;s warranty: until {date}</source>
        <translation>باقی‌ماندهٔ گارانتی دستگاه معیوب: تا {date}</translation>
    </message>
    <message>
        <source>What is left of the faulty unit&apos;s warranty</source>
        <translation>باقی‌ماندهٔ گارانتی دستگاه معیوب</translation>
    </message>
    <message>
        <source>Nothing to inherit: {why}.</source>
        <translation>چیزی برای انتقال نمانده: {why}.</translation>
    </message>
    <message numerus="yes">
        <source>Its own, by the product&apos;s rule: %n months, until {date}</source>
        <translation>
            <numerusform>گارانتی خودش، طبق قاعدهٔ کالا: %n ماه، تا {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>Part &amp;fitted:</source>
        <translation>قطعهٔ نصب‌شده:</translation>
    </message>
    <message>
        <source>Serial of the &amp;faulty part:</source>
        <translation>سریال قطعهٔ معیوب:</translation>
    </message>
    <message>
        <source>Serial of the &amp;new part:</source>
        <translation>سریال قطعهٔ جدید:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب کنید…</translation>
    </message>
    <message>
        <source>A faulty part replaced under warranty goes on the list of returns to the manufacturer.</source>
        <translation>قطعهٔ معیوبی که در گارانتی تعویض شود به فهرست مرجوعی به سازنده می‌رود.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Jobs under warranty</source>
        <translation>کارهای زیر گارانتی</translation>
    </message>
    <message>
        <source>Jobs paid by a contract</source>
        <translation>کارهای پرداخت‌شده با قرارداد سرویس</translation>
    </message>
    <message>
        <source>Jobs paid by the customer</source>
        <translation>کارهای پرداخت‌شده توسط مشتری</translation>
    </message>
    <message>
        <source>Cost of covered work</source>
        <translation>هزینهٔ کارهای تحت پوشش</translation>
    </message>
    <message>
        <source>Parts and labour a warranty or contract paid for, at the prices on the jobs&apos; lines.</source>
        <translation>قطعه و دستمزدی که گارانتی یا قرارداد پرداخت کرد، به قیمت ردیف‌های کارها.</translation>
    </message>
    <message>
        <source>Charged to customers</source>
        <translation>دریافتنی از مشتریان</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>پرداخت‌های دریافت‌شده</translation>
    </message>
    <message>
        <source>Money given back</source>
        <translation>مبلغ بازپرداخت‌شده</translation>
    </message>
    <message>
        <source>Payments of these jobs with no date</source>
        <translation>پرداخت‌های بی‌تاریخ این کارها</translation>
    </message>
    <message>
        <source>Amounts from legacy sheets whose day is not known: they belong to no month and are not in the payments above.</source>
        <translation>مبالغی از کاربرگ‌های قدیمی که روزشان معلوم نیست: به هیچ ماهی تعلق ندارند و در پرداخت‌های بالا نیستند.</translation>
    </message>
    <message>
        <source>Who paid for the jobs handed back</source>
        <translation>هزینهٔ کارهای تحویل‌شده را چه کسی داد</translation>
    </message>
    <message>
        <source>Coverage mix</source>
        <translation>ترکیب پوشش</translation>
    </message>
    <message>
        <source>Follow-up calls due</source>
        <translation>تماس‌های پیگیری موعددار</translation>
    </message>
    <message>
        <source>Follow-up calls done</source>
        <translation>تماس‌های پیگیری انجام‌شده</translation>
    </message>
    <message>
        <source>Calls finished in the month, the customer reached or not.</source>
        <translation>تماس‌هایی که در این ماه تمام شدند، چه با مشتری صحبت شد چه نه.</translation>
    </message>
    <message>
        <source>Customers reached</source>
        <translation>مشتریانی که پاسخ دادند</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT), average of 1–5</source>
        <translation>رضایت (CSAT)، میانگین ۱ تا ۵</translation>
    </message>
    <message>
        <source>Satisfied (4 or 5)</source>
        <translation>راضی (۴ یا ۵)</translation>
    </message>
    <message>
        <source>Net promoter score (NPS)</source>
        <translation>شاخص خالص ترویج‌کنندگان (NPS)</translation>
    </message>
    <message>
        <source>The percentage who gave 9 or 10 minus the percentage who gave 0 to 6, of those asked.</source>
        <translation>درصد کسانی که ۹ یا ۱۰ دادند منهای درصد کسانی که ۰ تا ۶ دادند، از میان پرسیده‌شدگان.</translation>
    </message>
    <message>
        <source>Satisfaction scores given</source>
        <translation>امتیازهای رضایت داده‌شده</translation>
    </message>
    <message>
        <source>Promoters, passives and detractors</source>
        <translation>ترویج‌کنندگان، خنثی‌ها و منتقدان</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>ترویج‌کنندگان (۹–۱۰)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>خنثی‌ها (۷–۸)</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>منتقدان (۰–۶)</translation>
    </message>
    <message>
        <source>Follow-ups and satisfaction</source>
        <translation>پیگیری‌ها و رضایت</translation>
    </message>
    <message>
        <source>Jobs received</source>
        <translation>کارهای پذیرش‌شده</translation>
    </message>
    <message>
        <source>No technician</source>
        <translation>بدون تکنسین</translation>
    </message>
    <message>
        <source>Technicians this month</source>
        <translation>تکنسین‌ها در این ماه</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>تکنسین</translation>
    </message>
    <message>
        <source>Jobs handed back</source>
        <translation>کارهای تحویل‌شده</translation>
    </message>
    <message>
        <source>Median workshop hours to ready</source>
        <translation>میانهٔ ساعت کاری کارگاه تا آماده شدن</translation>
    </message>
    <message>
        <source>Reopened for rework</source>
        <translation>بازگشایی‌شده برای دوباره‌کاری</translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation>تکنسین‌ها</translation>
    </message>
    <message>
        <source>By the technician each job is assigned to; workshop hours leave out the weekend, holidays and the time a job waited on the customer or on parts.</source>
        <translation>بر پایهٔ تکنسینی که هر پذیرش به او سپرده شده است؛ ساعت کاری کارگاه تعطیلی آخر هفته، تعطیلات و زمان انتظار برای مشتری یا قطعه را نمی‌شمارد.</translation>
    </message>
    <message>
        <source>Status not known (no history)</source>
        <translation>وضعیت نامعلوم (بی‌سابقه)</translation>
    </message>
    <message>
        <source>Each job once, in the month it was handed back; closing it later does not count it again.</source>
        <translation>هر کار یک بار، در ماهی که تحویل شد؛ بستن آن در ماه بعد دوباره شمرده نمی‌شود.</translation>
    </message>
    <message>
        <source>Jobs cancelled</source>
        <translation>کارهای لغوشده</translation>
    </message>
    <message>
        <source>Backlog at the month&apos;s end</source>
        <translation>کارهای مانده در پایان ماه</translation>
    </message>
    <message>
        <source>Jobs received by the month&apos;s end and neither handed back nor cancelled by then.</source>
        <translation>کارهایی که تا پایان ماه پذیرش شدند و تا آن زمان نه تحویل شدند و نه لغو.</translation>
    </message>
    <message>
        <source>Jobs received by kind</source>
        <translation>کارهای پذیرش‌شده بر پایهٔ نوع</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>این ماه</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>ماه قبل</translation>
    </message>
    <message>
        <source>A year before</source>
        <translation>یک سال پیش</translation>
    </message>
    <message>
        <source>Jobs received each day</source>
        <translation>کارهای پذیرش‌شدهٔ هر روز</translation>
    </message>
    <message>
        <source>Backlog at the month&apos;s end by status</source>
        <translation>پذیرش‌های باز در پایان ماه به تفکیک وضعیت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Unit not recorded</source>
        <translation>دستگاه ثبت نشده</translation>
    </message>
    <message>
        <source>All other models</source>
        <translation>همه مدل‌های دیگر</translation>
    </message>
    <message>
        <source>All other parts</source>
        <translation>همه قطعه‌های دیگر</translation>
    </message>
    <message>
        <source>Labour and lines naming no part</source>
        <translation>اجرت و ردیف‌های بدون قطعه</translation>
    </message>
    <message>
        <source>Warranty jobs handed back</source>
        <translation>پذیرش‌های گارانتی تحویل‌شده</translation>
    </message>
    <message>
        <source>Warranty cost</source>
        <translation>هزینه گارانتی</translation>
    </message>
    <message>
        <source>The lines a warranty covered on the jobs handed back in the month whose coverage at intake was a warranty, at the prices on the lines.</source>
        <translation>ردیف‌هایی که گارانتی پوشش داد، در پذیرش‌های تحویل‌شده در ماه که پوشش‌شان هنگام پذیرش گارانتی بود، به قیمت‌های روی ردیف‌ها.</translation>
    </message>
    <message>
        <source>Parts fitted</source>
        <translation>قطعه‌های نصب‌شده</translation>
    </message>
    <message>
        <source>Catalogue parts on the jobs handed back in the month.</source>
        <translation>قطعه‌های فهرست قطعات در پذیرش‌های تحویل‌شده در ماه.</translation>
    </message>
    <message>
        <source>Parts fitted, covered</source>
        <translation>قطعه‌های نصب‌شده، با پوشش</translation>
    </message>
    <message>
        <source>Parts fitted, charged</source>
        <translation>قطعه‌های نصب‌شده، به حساب مشتری</translation>
    </message>
    <message>
        <source>Estimates approved</source>
        <translation>برآوردهای تأییدشده</translation>
    </message>
    <message>
        <source>Estimates declined</source>
        <translation>برآوردهای ردشده</translation>
    </message>
    <message>
        <source>Estimates approved, share</source>
        <translation>سهم برآوردهای تأییدشده</translation>
    </message>
    <message>
        <source>Of the estimates the customers answered in the month, by their last answer.</source>
        <translation>از برآوردهایی که مشتریان در ماه پاسخ دادند، بر پایه آخرین پاسخشان.</translation>
    </message>
    <message>
        <source>Amount approved</source>
        <translation>مبلغ تأییدشده</translation>
    </message>
    <message>
        <source>Amount declined</source>
        <translation>مبلغ ردشده</translation>
    </message>
    <message>
        <source>Answers on jobs with no estimate written</source>
        <translation>پاسخ‌ها در پذیرش‌های بدون برآورد نوشته‌شده</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>پذیرش‌ها</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>قطعه</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>با پوشش</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>به حساب مشتری</translation>
    </message>
    <message>
        <source>Worth</source>
        <translation>ارزش</translation>
    </message>
    <message>
        <source>Warranty cost by product model</source>
        <translation>هزینه گارانتی به تفکیک مدل</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>مدل</translation>
    </message>
    <message>
        <source>Warranty cost by part</source>
        <translation>هزینه گارانتی به تفکیک قطعه</translation>
    </message>
    <message>
        <source>Parts used most</source>
        <translation>پرمصرف‌ترین قطعه‌ها</translation>
    </message>
    <message>
        <source>Parts worth most</source>
        <translation>پرهزینه‌ترین قطعه‌ها</translation>
    </message>
    <message>
        <source>Warranty cost, parts and estimates</source>
        <translation>هزینهٔ گارانتی، قطعه و برآورد</translation>
    </message>
    <message>
        <source>Warranty cost counts the jobs whose coverage at intake was a warranty; the rows of each table add up to its total.</source>
        <translation>هزینه گارانتی پذیرش‌هایی را می‌شمارد که پوشش‌شان هنگام پذیرش گارانتی بود؛ جمع ردیف‌های هر جدول برابر کل آن است.</translation>
    </message>
    <message>
        <source>Status mix at the month&apos;s end</source>
        <translation>ترکیب وضعیت‌ها در پایان ماه</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>حجم کار</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>گزارش ماهانه</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <source>From the first to the last day</source>
        <translation>از روز اول تا روز آخر</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>تهیه‌شده در</translation>
    </message>
    <message>
        <source>Nothing this month.</source>
        <translation>در این ماه چیزی نبود.</translation>
    </message>
    <message numerus="yes">
        <source>And %n more, listed in the report&apos;s Excel workbook.</source>
        <translation>
            <numerusform>و %n مورد دیگر، در کاربرگ اکسل گزارش.</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} ساعت</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} روز</translation>
    </message>
    <message>
        <source>Jalali (Solar Hijri)</source>
        <translation>هجری شمسی (جلالی)</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <source>Hijri (Umm al-Qura)</source>
        <translation>هجری قمری (ام‌القری)</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>دربارهٔ این گزارش</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>روز اول</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>Standard warranties ending</source>
        <translation>گارانتی‌های عادی رو به پایان</translation>
    </message>
    <message>
        <source>Extended warranties ending</source>
        <translation>گارانتی‌های تمدیدی رو به پایان</translation>
    </message>
    <message>
        <source>Repair warranties ending</source>
        <translation>گارانتی‌های تعمیر رو به پایان</translation>
    </message>
    <message>
        <source>Contracts ending</source>
        <translation>قراردادهای سرویس رو به پایان</translation>
    </message>
    <message>
        <source>Contracts ending, renewal not yet saved</source>
        <translation>قراردادهای رو به پایان بدون تمدید ثبت‌شده</translation>
    </message>
    <message>
        <source>Contracts ending next month</source>
        <translation>قراردادهای سرویسی که ماه بعد تمام می‌شوند</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>قرارداد</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>روز آخر</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Renewal saved</source>
        <translation>تمدید ثبت شده</translation>
    </message>
    <message>
        <source>Ending next month</source>
        <translation>آنچه ماه بعد تمام می‌شود</translation>
    </message>
    <message>
        <source>Each column counts what ends in the month after the month it stands for. Voided warranties, drafts and contracts cancelled before their end are left out.</source>
        <translation>هر ستون آنچه را می‌شمارد که در ماهِ پس از ماهِ آن ستون تمام می‌شود. گارانتی‌های باطل‌شده، پیش‌نویس‌ها و قراردادهایی که پیش از پایانشان لغو شده‌اند شمرده نمی‌شوند.</translation>
    </message>
    <message>
        <source>What it counts</source>
        <translation>چه چیزی شمرده می‌شود</translation>
    </message>
    <message>
        <source>Calendar hours to first response, median</source>
        <translation>ساعت تقویمی تا اولین پاسخ، میانه</translation>
    </message>
    <message>
        <source>Calendar hours to first response, 90th percentile</source>
        <translation>ساعت تقویمی تا اولین پاسخ، صدک ۹۰</translation>
    </message>
    <message>
        <source>Calendar hours to diagnosis, median</source>
        <translation>ساعت تقویمی تا عیب‌یابی، میانه</translation>
    </message>
    <message>
        <source>Calendar hours to diagnosis, 90th percentile</source>
        <translation>ساعت تقویمی تا عیب‌یابی، صدک ۹۰</translation>
    </message>
    <message>
        <source>Calendar hours to ready, median</source>
        <translation>ساعت تقویمی تا آماده شدن، میانه</translation>
    </message>
    <message>
        <source>Calendar hours to ready, 90th percentile</source>
        <translation>ساعت تقویمی تا آماده شدن، صدک ۹۰</translation>
    </message>
    <message>
        <source>Calendar hours to delivery, median</source>
        <translation>ساعت تقویمی تا تحویل، میانه</translation>
    </message>
    <message>
        <source>Calendar hours to delivery, 90th percentile</source>
        <translation>ساعت تقویمی تا تحویل، صدک ۹۰</translation>
    </message>
    <message>
        <source>Workshop hours to first response, median</source>
        <translation>ساعت کاری کارگاه تا اولین پاسخ، میانه</translation>
    </message>
    <message>
        <source>Workshop hours to first response, 90th percentile</source>
        <translation>ساعت کاری کارگاه تا اولین پاسخ، صدک ۹۰</translation>
    </message>
    <message>
        <source>Workshop hours to diagnosis, median</source>
        <translation>ساعت کاری کارگاه تا عیب‌یابی، میانه</translation>
    </message>
    <message>
        <source>Workshop hours to diagnosis, 90th percentile</source>
        <translation>ساعت کاری کارگاه تا عیب‌یابی، صدک ۹۰</translation>
    </message>
    <message>
        <source>Workshop hours to ready, median</source>
        <translation>ساعت کاری کارگاه تا آماده شدن، میانه</translation>
    </message>
    <message>
        <source>Workshop hours to ready, 90th percentile</source>
        <translation>ساعت کاری کارگاه تا آماده شدن، صدک ۹۰</translation>
    </message>
    <message>
        <source>Workshop hours to delivery, median</source>
        <translation>ساعت کاری کارگاه تا تحویل، میانه</translation>
    </message>
    <message>
        <source>Workshop hours to delivery, 90th percentile</source>
        <translation>ساعت کاری کارگاه تا تحویل، صدک ۹۰</translation>
    </message>
    <message>
        <source>Up to 1 day</source>
        <translation>تا ۱ روز</translation>
    </message>
    <message>
        <source>1 to 3 days</source>
        <translation>۱ تا ۳ روز</translation>
    </message>
    <message>
        <source>3 to 7 days</source>
        <translation>۳ تا ۷ روز</translation>
    </message>
    <message>
        <source>7 to 14 days</source>
        <translation>۷ تا ۱۴ روز</translation>
    </message>
    <message>
        <source>More than 14 days</source>
        <translation>بیش از ۱۴ روز</translation>
    </message>
    <message>
        <source>Handed back by the promised date</source>
        <translation>تحویل تا تاریخ وعده‌داده‌شده</translation>
    </message>
    <message>
        <source>Of the jobs with a promised date, the share handed back on or before that day.</source>
        <translation>از پذیرش‌هایی که تاریخ وعده داشتند، سهمی که در همان روز یا پیش از آن تحویل شد.</translation>
    </message>
    <message>
        <source>Jobs handed back with no promised date</source>
        <translation>پذیرش‌های تحویل‌شده بدون تاریخ وعده</translation>
    </message>
    <message>
        <source>Contract jobs responded to in time</source>
        <translation>پذیرش‌های قرارداد سرویس که به‌موقع پاسخ گرفتند</translation>
    </message>
    <message>
        <source>Contract jobs received in the month, moved on from Received within the contract&apos;s response hours.</source>
        <translation>پذیرش‌های قرارداد سرویس که در این ماه رسیدند و در مهلت پاسخ قرارداد از «پذیرش شده» جلوتر رفتند.</translation>
    </message>
    <message>
        <source>Contract jobs responded to late</source>
        <translation>پذیرش‌های قرارداد سرویس که دیر پاسخ گرفتند</translation>
    </message>
    <message>
        <source>Contract jobs still waiting, past their response time</source>
        <translation>پذیرش‌های قرارداد سرویس هنوز در انتظار، پس از مهلت پاسخ</translation>
    </message>
    <message>
        <source>Contract response time met</source>
        <translation>رعایت مهلت پاسخ قرارداد سرویس</translation>
    </message>
    <message>
        <source>Days from receipt to delivery</source>
        <translation>روزها از پذیرش تا تحویل</translation>
    </message>
    <message>
        <source>Median: half the jobs took less, half more. 90th percentile: nine jobs in ten took no longer. Workshop hours count the working hours of working days only, without holidays and the time a job waited on the customer&apos;s approval or on parts.</source>
        <translation>میانه: نیمی از پذیرش‌ها کمتر و نیمی بیشتر طول کشیدند. صدک ۹۰: نه پذیرش از هر ده بیش از این طول نکشید. ساعت کاری کارگاه فقط ساعت‌های کاری روزهای کاری را می‌شمارد، بدون تعطیلات و بدون زمانی که پذیرش منتظر تأیید مشتری یا قطعه بود.</translation>
    </message>
    <message>
        <source>Workshop hours are not known: the workshop&apos;s hours or holidays in the settings cannot be read.</source>
        <translation>ساعت کاری کارگاه معلوم نیست: ساعت کار یا تعطیلات کارگاه در تنظیمات خوانا نیست.</translation>
    </message>
    <message>
        <source>Turnaround and response</source>
        <translation>زمان انجام کار و پاسخ‌گویی</translation>
    </message>
    <message>
        <source>Customers retained</source>
        <translation>مشتریان ماندگار</translation>
    </message>
    <message>
        <source>Customers who brought a job in the twelve months ending with the month and in the twelve months before those.</source>
        <translation>مشتریانی که هم در دوازده ماهِ منتهی به این ماه و هم در دوازده ماهِ پیش از آن دستگاهی برای پذیرش آوردند.</translation>
    </message>
    <message>
        <source>Customers lost</source>
        <translation>مشتریان ازدست‌رفته</translation>
    </message>
    <message>
        <source>Customers who brought a job in the twelve months before the last twelve, and none since.</source>
        <translation>مشتریانی که در دوازده ماهِ پیش از دوازده ماه اخیر پذیرشی داشتند و از آن پس هیچ.</translation>
    </message>
    <message>
        <source>Customers retained, share</source>
        <translation>سهم مشتریان ماندگار</translation>
    </message>
    <message>
        <source>Lifetime value of the top customers</source>
        <translation>ارزش طول عمر مشتریان برتر</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>پرداخت‌شده</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>برگشت داده‌شده</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>ارزش طول عمر</translation>
    </message>
    <message>
        <source>Customers retained and lost</source>
        <translation>مشتریان ماندگار و ازدست‌رفته</translation>
    </message>
    <message>
        <source>Lifetime value is what a customer paid for all their jobs up to the month&apos;s end, less what was given back. Payments from legacy sheets whose day is not known count too, as of the day their job was received.</source>
        <translation>ارزش طول عمر، مبلغی است که مشتری تا پایان ماه برای همه پذیرش‌هایش پرداخته، منهای آنچه به او برگردانده شده. پرداخت‌های فایل‌های قدیمی که روزشان معلوم نیست هم، به تاریخ دریافت پذیرششان، شمرده می‌شوند.</translation>
    </message>
    <message>
        <source>Category not recorded</source>
        <translation>دسته ثبت نشده</translation>
    </message>
    <message>
        <source>Jobs received with no fault written</source>
        <translation>پذیرش‌های دریافت‌شده بدون ایراد نوشته‌شده</translation>
    </message>
    <message>
        <source>Complaints filed</source>
        <translation>شکایت‌های ثبت‌شده</translation>
    </message>
    <message>
        <source>Complaints closed</source>
        <translation>شکایت‌های بسته‌شده</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>دسته</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Faults reported most</source>
        <translation>پرتکرارترین ایرادها</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>ایراد</translation>
    </message>
    <message>
        <source>Jobs received by product category</source>
        <translation>پذیرش‌های دریافت‌شده به تفکیک دسته کالا</translation>
    </message>
    <message>
        <source>Complaints filed by category</source>
        <translation>شکایت‌های ثبت‌شده به تفکیک دسته</translation>
    </message>
    <message>
        <source>Complaints closed and their root causes</source>
        <translation>شکایت‌های بسته‌شده و علت ریشه‌ای آن‌ها</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>علت ریشه‌ای</translation>
    </message>
    <message>
        <source>Action required</source>
        <translation>اقدام لازم</translation>
    </message>
    <message>
        <source>Faults and complaints</source>
        <translation>ایرادها و شکایت‌ها</translation>
    </message>
    <message>
        <source>Faults are the clerks&apos; own words: two are counted together only when they are the same words once folded (the same letters whichever keyboard typed them, case and spacing ignored), so one fault described in other words is listed apart.</source>
        <translation>ایرادها همان نوشته‌های کارمندان پذیرش است: دو ایراد فقط وقتی با هم شمرده می‌شوند که پس از یکسان‌سازی همان کلمات باشند (همان حروف با هر صفحه‌کلیدی تایپ شده باشند، بدون توجه به بزرگی و کوچکی حروف و فاصله‌ها)؛ پس ایرادی که با کلمات دیگری نوشته شده جدا فهرست می‌شود.</translation>
    </message>
    <message>
        <source>Repair jobs handed back</source>
        <translation>پذیرش‌های تعمیری تحویل‌شده</translation>
    </message>
    <message>
        <source>Fixed the first time</source>
        <translation>رفع ایراد در نوبت اول</translation>
    </message>
    <message>
        <source>Of the repair jobs handed back, those never reopened and whose unit did not come back with a new repair within 30 days.</source>
        <translation>از پذیرش‌های تعمیری تحویل‌شده، آن‌هایی که هرگز دوباره باز نشدند و دستگاهشان ظرف ۳۰ روز با پذیرش تعمیری تازه برنگشت.</translation>
    </message>
    <message>
        <source>Units back within 30 days</source>
        <translation>دستگاه‌های برگشته ظرف ۳۰ روز</translation>
    </message>
    <message>
        <source>Units back within 30 days, share</source>
        <translation>سهم دستگاه‌های برگشته ظرف ۳۰ روز</translation>
    </message>
    <message>
        <source>Units back within 90 days</source>
        <translation>دستگاه‌های برگشته ظرف ۹۰ روز</translation>
    </message>
    <message>
        <source>Repair jobs handed back whose unit came back with a new repair job within 90 days of the delivery.</source>
        <translation>پذیرش‌های تعمیری تحویل‌شده‌ای که دستگاهشان ظرف ۹۰ روز پس از تحویل با پذیرش تعمیری تازه برگشت.</translation>
    </message>
    <message>
        <source>Jobs reopened for rework</source>
        <translation>پذیرش‌های دوباره بازشده برای کار مجدد</translation>
    </message>
    <message>
        <source>First-time fix and repeat repairs</source>
        <translation>رفع در نوبت اول و تعمیر تکراری</translation>
    </message>
    <message>
        <source>A unit that comes back counts in the month its earlier job was handed back, so the figures of the last three months can still grow. A job recorded without its unit cannot be seen coming back.</source>
        <translation>دستگاهی که برمی‌گردد در ماهی شمرده می‌شود که پذیرش قبلی‌اش تحویل شد؛ پس ارقام سه ماه اخیر هنوز ممکن است بیشتر شوند. برگشت پذیرشی که بدون دستگاهش ثبت شده دیده نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Choose the month and press Build to see the report.</source>
        <translation>ماه را انتخاب کنید و «ساختن» را بزنید تا گزارش را ببینید.</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <source>Reading the month&apos;s figures…</source>
        <translation>در حال خواندن ارقام ماه…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Section {done} of {total}</source>
        <translation>بخش {done} از {total}</translation>
    </message>
    <message>
        <source>The report was stopped; nothing was written.</source>
        <translation>گزارش متوقف شد؛ چیزی نوشته نشد.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>ذخیره به صورت PDF</translation>
    </message>
    <message>
        <source>Save as Excel</source>
        <translation>ذخیره به صورت اکسل</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>کاربرگ اکسل (*.xlsx)</translation>
    </message>
    <message>
        <source>The workbook was saved to {path}.</source>
        <translation>کارپوشه در {path} ذخیره شد.</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>گزارش ماهانه</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>ساختن</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>ذخیره به صورت PDF…</translation>
    </message>
    <message>
        <source>Save as E&amp;xcel…</source>
        <translation>ذخیره به صورت اکسل…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule the call</source>
        <translation>تغییر زمان تماس</translation>
    </message>
    <message>
        <source>Call on</source>
        <translation>تماس در</translation>
    </message>
</context>
<context>
    <name>ResolutionPanel</name>
    <message>
        <source>{faulty} replaced by {new}</source>
        <translation>{faulty} با {new} تعویض شد</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>نتیجهٔ کار</translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation>تعویض…</translation>
    </message>
    <message>
        <source>Money &amp;back…</source>
        <translation>بازپرداخت وجه…</translation>
    </message>
    <message>
        <source>Not resolved yet.</source>
        <translation>هنوز نتیجه‌ای ثبت نشده.</translation>
    </message>
    <message>
        <source>Unit {faulty} replaced by {new}</source>
        <translation>دستگاه {faulty} با {new} تعویض شد</translation>
    </message>
    <message>
        <source>Part “{part}”: {faulty} replaced by {new}</source>
        <translation>قطعهٔ «{part}»: {faulty} با {new} تعویض شد</translation>
    </message>
    <message>
        <source>claim: {status}</source>
        <translation>مطالبه: {status}</translation>
    </message>
    <message>
        <source>Money back: {amount} ({method}) on {date}: {reason}</source>
        <translation>بازپرداخت: {amount} ({method}) در {date}: {reason}</translation>
    </message>
    <message>
        <source>Money back in all: {amount}</source>
        <translation>جمع بازپرداخت: {amount}</translation>
    </message>
</context>
<context>
    <name>Returns</name>
    <message>
        <source>Part code</source>
        <translation>کد قطعه</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>قطعه</translation>
    </message>
    <message>
        <source>Faulty serial</source>
        <translation>سریال معیوب</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>پذیرش</translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation>وضعیت مطالبه</translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation>تاریخ ثبت</translation>
    </message>
    <message>
        <source>Listed by</source>
        <translation>ثبت‌کننده</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>وضعیت از</translation>
    </message>
    <message>
        <source>Status set by</source>
        <translation>وضعیت توسط</translation>
    </message>
</context>
<context>
    <name>ReturnsDialog</name>
    <message>
        <source>Returns to the manufacturer</source>
        <translation>مرجوعی به سازنده</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>نمایش:</translation>
    </message>
    <message>
        <source>All claims</source>
        <translation>همهٔ مطالبه‌ها</translation>
    </message>
    <message>
        <source>No faulty part is listed: parts replaced under warranty come here.</source>
        <translation>قطعهٔ معیوبی در فهرست نیست: قطعه‌هایی که در گارانتی تعویض شوند اینجا می‌آیند.</translation>
    </message>
    <message>
        <source>Mark “{status}”</source>
        <translation>علامت «{status}»</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>خروجی اکسل…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>بارگذاری دوباره</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>خروجی اکسل</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>در {path} ذخیره شد.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>کاربرگ اکسل (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ScheduleCallDialog</name>
    <message>
        <source>Schedule a call</source>
        <translation>زمان‌بندی تماس</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>What to ask or show</source>
        <translation>چه بپرسیم یا نشان دهیم</translation>
    </message>
    <message>
        <source>Choose the kind of call…</source>
        <translation>نوع تماس را انتخاب کنید…</translation>
    </message>
    <message>
        <source>Close without scheduling the call?</source>
        <translation>بدون زمان‌بندی تماس بسته شود؟</translation>
    </message>
</context>
<context>
    <name>SellWarrantyDialog</name>
    <message>
        <source>Close without selling the warranty?</source>
        <translation>بدون فروش گارانتی بسته شود؟</translation>
    </message>
    <message>
        <source>Sell an extended warranty</source>
        <translation>فروش گارانتی تمدیدی</translation>
    </message>
    <message>
        <source>&amp;Months:</source>
        <translation>تعداد ماه:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>مبلغ:</translation>
    </message>
    <message>
        <source>&amp;Terms:</source>
        <translation>شرایط:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>No workshop copy</source>
        <translation>بدون نسخه کارگاه</translation>
    </message>
    <message>
        <source>On the same page, below a cut line</source>
        <translation>در همان صفحه، زیر خط برش</translation>
    </message>
    <message>
        <source>On the next page</source>
        <translation>در صفحه بعد</translation>
    </message>
    <message>
        <source>The region&apos;s legal calendar (Jalali months in Iran, Gregorian in Saudi Arabia)</source>
        <translation>تقویم قانونی منطقه (ماه‌های شمسی در ایران، میلادی در عربستان سعودی)</translation>
    </message>
    <message>
        <source>Persian ({sample})</source>
        <translation>فارسی ({sample})</translation>
    </message>
    <message>
        <source>Arabic ({sample})</source>
        <translation>عربی ({sample})</translation>
    </message>
    <message>
        <source>Native</source>
        <translation>بومی</translation>
    </message>
    <message>
        <source>Latin ({sample})</source>
        <translation>لاتین ({sample})</translation>
    </message>
    <message>
        <source>Iran (rial)</source>
        <translation>ایران (ریال)</translation>
    </message>
    <message>
        <source>Saudi Arabia (riyal)</source>
        <translation>عربستان سعودی (ریال سعودی)</translation>
    </message>
    <message>
        <source>Rial</source>
        <translation>ریال</translation>
    </message>
    <message>
        <source>Toman</source>
        <translation>تومان</translation>
    </message>
    <message>
        <source>Saudi riyal (SAR)</source>
        <translation>ریال سعودی (SAR)</translation>
    </message>
    <message>
        <source>Jalali (Solar Hijri)</source>
        <translation>هجری شمسی (جلالی)</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <source>Hijri (Umm al-Qura)</source>
        <translation>هجری قمری (ام‌القری)</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} و {second}</translation>
    </message>
    <message>
        <source>The week starts on {day}; the weekend is {days}.</source>
        <translation>هفته از {day} شروع می‌شود و تعطیلی آخر هفته {days} است.</translation>
    </message>
    <message>
        <source>{date} — {amount}</source>
        <translation>{date} — {amount}</translation>
    </message>
    <message>
        <source>Cannot show this file</source>
        <translation>نمایش این فایل ممکن نیست</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>بدون لوگو</translation>
    </message>
    <message>
        <source>Choose the company logo</source>
        <translation>انتخاب لوگوی شرکت</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>تصویرها (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>This computer&apos;s settings could not be saved: {reason}</source>
        <translation>تنظیمات این رایانه ذخیره نشد: {reason}</translation>
    </message>
    <message>
        <source>Choose the folder for backups</source>
        <translation>انتخاب پوشهٔ پشتیبان‌ها</translation>
    </message>
    <message>
        <source>Khedmat will use the new language, calendar, digits and currency the next time it starts.</source>
        <translation>خدمت از اجرای بعدی با زبان، تقویم، ارقام و واحد پول تازه باز می‌شود.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>این رایانه</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>شرکت</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>اسناد چاپی</translation>
    </message>
    <message>
        <source>These choices are kept on this computer only. They take effect the next time Khedmat starts.</source>
        <translation>این انتخاب‌ها فقط روی همین رایانه نگه داشته می‌شوند و از اجرای بعدی خدمت به کار می‌روند.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>ارقام</translation>
    </message>
    <message>
        <source>Region and currency</source>
        <translation>منطقه و واحد پول</translation>
    </message>
    <message>
        <source>Show amounts in</source>
        <translation>واحد نمایش مبلغ‌ها</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>هفته</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>نمونه</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>پشتیبان‌ها</translation>
    </message>
    <message>
        <source>Shared by every computer of the service desk and printed on job cards and reports.</source>
        <translation>میان همهٔ رایانه‌های واحد خدمات مشترک است و روی کارت تعمیر و گزارش‌ها چاپ می‌شود.</translation>
    </message>
    <message>
        <source>Only a manager can change the company details.</source>
        <translation>فقط مدیر می‌تواند مشخصات شرکت را تغییر دهد.</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>نام شرکت</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>لوگو</translation>
    </message>
    <message>
        <source>Terms on the job card</source>
        <translation>شرایط روی کارت تعمیر</translation>
    </message>
    <message>
        <source>For example: units not collected within 90 days of the repair are kept at the owner&apos;s risk.</source>
        <translation>برای نمونه: مسئولیت دستگاهی که تا ۹۰ روز پس از تعمیر تحویل گرفته نشود با مالک آن است.</translation>
    </message>
    <message>
        <source>How job cards and delivery receipts are printed, on every computer of the service desk.</source>
        <translation>نحوه چاپ کارت تعمیر و رسید تحویل، در همه رایانه‌های واحد خدمات.</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>اندازه کاغذ</translation>
    </message>
    <message>
        <source>Workshop copy of the job card</source>
        <translation>نسخه کارگاه کارت تعمیر</translation>
    </message>
    <message>
        <source>Warranty on the repair</source>
        <translation>ضمانت خود تعمیر</translation>
    </message>
    <message>
        <source>Warranty and contract periods counted in</source>
        <translation>مدت گارانتی و قرارداد شمرده می‌شود به</translation>
    </message>
    <message>
        <source>Reasons a warranty is voided</source>
        <translation>علت‌های ابطال گارانتی</translation>
    </message>
    <message>
        <source>One a line; empty: tampering, physical damage, a repair elsewhere, a periodic service missed</source>
        <translation>هر علت در یک سطر؛ خالی: دستکاری، آسیب فیزیکی، تعمیر در جای دیگر، سرویس دوره‌ای انجام‌نشده</translation>
    </message>
    <message>
        <source>Follow-ups and complaints</source>
        <translation>پیگیری و شکایت</translation>
    </message>
    <message>
        <source>Workshop hours</source>
        <translation>ساعت کار کارگاه</translation>
    </message>
    <message>
        <source>How customers are called after their job, and how complaints are filed, on every computer of the service desk.</source>
        <translation>اینکه پس از کار با مشتری‌ها چگونه تماس گرفته می‌شود و شکایت‌ها چگونه ثبت می‌شوند، در همهٔ رایانه‌های واحد خدمات.</translation>
    </message>
    <message>
        <source>Satisfaction call after delivery</source>
        <translation>تماس رضایت پس از تحویل</translation>
    </message>
    <message>
        <source>Tickets called</source>
        <translation>پذیرش‌هایی که تماس می‌گیرند</translation>
    </message>
    <message>
        <source>Tries before a call closes as not reached</source>
        <translation>تعداد تلاش پیش از بستن با «در دسترس نبود»</translation>
    </message>
    <message>
        <source>Complaint categories</source>
        <translation>دسته‌های شکایت</translation>
    </message>
    <message>
        <source> days later</source>
        <translation> روز بعد</translation>
    </message>
    <message>
        <source> % of delivered tickets</source>
        <translation> ٪ از پذیرش‌های تحویل‌شده</translation>
    </message>
    <message>
        <source>One a line; empty: quality of the repair, waiting time, staff behaviour, price or invoice, warranty refused, damage or loss, other</source>
        <translation>هر سطر یکی؛ خالی: کیفیت تعمیر، زمان انتظار، رفتار کارکنان، قیمت یا صورتحساب، رد گارانتی، آسیب یا گم‌شدن، سایر</translation>
    </message>
    <message>
        <source>For every new warranty, extension, contract and periodic service, whatever calendar a computer shows dates in. Ends already saved do not change.</source>
        <translation>برای هر گارانتی، تمدید، قرارداد و سرویس دوره‌ای تازه، در هر تقویمی که رایانه تاریخ‌ها را نشان دهد. پایان‌هایی که ذخیره شده‌اند تغییر نمی‌کنند.</translation>
    </message>
    <message>
        <source>A second copy without the terms, with room for the technician&apos;s notes. On A5 paper, or when the terms are long, it goes on the next page.</source>
        <translation>نسخه دومی بدون شرایط، با جای خالی برای یادداشت‌های تعمیرکار. روی کاغذ A5، یا وقتی شرایط طولانی است، در صفحه بعد چاپ می‌شود.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <source>Remind of periodic services</source>
        <translation>یادآوری سرویس دوره‌ای</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> روز پیش از موعد</translation>
    </message>
    <message>
        <source>No warranty</source>
        <translation>بدون ضمانت</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>انتخاب پوشه…</translation>
    </message>
    <message>
        <source>Beside the database</source>
        <translation>کنار پایگاه داده</translation>
    </message>
    <message>
        <source>Taken at the first start of each day and before every import, merge, upgrade and restore; those of the last 14 days and the last of each of 12 months are kept. A folder on another disk keeps them when this one fails.</source>
        <translation>در نخستین اجرای هر روز و پیش از هر ورود اطلاعات، ادغام، به‌روزرسانی و بازگردانی گرفته می‌شوند؛ پشتیبان‌های ۱۴ روز اخیر و آخرین پشتیبان هر یک از ۱۲ ماه نگه داشته می‌شوند. پوشه‌ای روی دیسکی دیگر آن‌ها را هنگام خرابی این دیسک حفظ می‌کند.</translation>
    </message>
    <message>
        <source>The database is on a server: its own tools back it up, not Khedmat.</source>
        <translation>پایگاه داده روی سرور است: ابزارهای خود سرور از آن پشتیبان می‌گیرند، نه خدمت.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Sign in to Khedmat</source>
        <translation>ورود به خدمت</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>نام کاربری:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>رمز عبور:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Disabled</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>Signs in</source>
        <translation>ورود دارد</translation>
    </message>
    <message>
        <source>No sign-in</source>
        <translation>بدون ورود</translation>
    </message>
    <message>
        <source>Disable {user}? They will no longer sign in; their name stays on the records they made.</source>
        <translation>{user} غیرفعال شود؟ دیگر نمی‌تواند وارد شود؛ نامش روی رکوردهایی که ساخته می‌ماند.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>غیرفعال کن</translation>
    </message>
    <message>
        <source>Close without adding the account you began?</source>
        <translation>بدون افزودن حسابی که شروع کرده‌اید بسته شود؟</translation>
    </message>
    <message>
        <source>Staff and accounts</source>
        <translation>کارکنان و حساب‌ها</translation>
    </message>
    <message>
        <source>New password…</source>
        <translation>رمز عبور تازه…</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>غیرفعال کردن…</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>حساب تازه</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <source>Empty: on the staff without signing in (a technician)</source>
        <translation>خالی: در فهرست کارکنان بدون ورود (مثلاً تکنسین)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>There is no database at {where}.

Make a new, empty database there? If you meant an existing one, choose No and check the path.</source>
        <translation>در {where} پایگاه داده‌ای نیست.

پایگاه دادهٔ تازه و خالی‌ای در آنجا ساخته شود؟ اگر منظورتان پایگاه داده‌ای موجود بود، «خیر» را انتخاب کنید و مسیر را بررسی کنید.</translation>
    </message>
    <message>
        <source>Make a new database</source>
        <translation>ساختن پایگاه دادهٔ تازه</translation>
    </message>
    <message>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>Khedmat</source>
        <translation>خدمت</translation>
    </message>
</context>
<context>
    <name>StockPrompt</name>
    <message>
        <source>Close without saving the stock?</source>
        <translation>بدون ثبت موجودی بسته شود؟</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>شمارش دوباره</translation>
    </message>
    <message>
        <source>{part}: the stock says {stock}. How many are on the shelf?</source>
        <translation>{part}: موجودی {stock} است. چند عدد در قفسه هست؟</translation>
    </message>
    <message>
        <source>&amp;Counted:</source>
        <translation>شمارش‌شده:</translation>
    </message>
    <message>
        <source>&amp;Why it differs:</source>
        <translation>علت اختلاف:</translation>
    </message>
    <message>
        <source>Parts received</source>
        <translation>دریافت قطعه</translation>
    </message>
    <message>
        <source>{part}: {stock} in stock. How many came in?</source>
        <translation>{part}: {stock} عدد موجود است. چند عدد رسید؟</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>تعداد دریافتی:</translation>
    </message>
    <message>
        <source>&amp;From (supplier, invoice):</source>
        <translation>از (فروشنده، فاکتور):</translation>
    </message>
</context>
<context>
    <name>TermsPanel</name>
    <message>
        <source>Terms</source>
        <translation>شرایط</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>مشتری:</translation>
    </message>
    <message>
        <source>First day:</source>
        <translation>روز شروع:</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>روز پایان:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>مبلغ:</translation>
    </message>
    <message>
        <source>Visits included:</source>
        <translation>تعداد بازدید:</translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation>قطعات:</translation>
    </message>
    <message>
        <source>Response within (hours):</source>
        <translation>پاسخ ظرف (ساعت):</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>شرایط:</translation>
    </message>
    <message>
        <source>Covered units:</source>
        <translation>دستگاه‌های تحت پوشش:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>بدون محدودیت</translation>
    </message>
    <message>
        <source>Included in the price</source>
        <translation>در مبلغ قرارداد</translation>
    </message>
    <message>
        <source>Paid by the customer</source>
        <translation>به هزینه‌ی مشتری</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب کنید…</translation>
    </message>
    <message>
        <source>No promise</source>
        <translation>بدون تعهد</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <source>Number:</source>
        <translation>شماره:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>وضعیت:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>مشتری:</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>تاریخ پذیرش:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>دستگاه:</translation>
    </message>
    <message>
        <source>Promised:</source>
        <translation>موعد تحویل:</translation>
    </message>
    <message>
        <source>Coverage:</source>
        <translation>پوشش:</translation>
    </message>
    <message>
        <source>&amp;Technician:</source>
        <translation>تکنسین:</translation>
    </message>
    <message>
        <source>Fault:</source>
        <translation>ایراد:</translation>
    </message>
    <message>
        <source>Kind of job:</source>
        <translation>نوع کار:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>اولویت:</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>تعمیر مجدد</translation>
    </message>
    <message>
        <source>Reopened after delivery: counts as a repeat repair.</source>
        <translation>پس از تحویل دوباره باز شده است و تعمیر مجدد حساب می‌شود.</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>انتقال به</translation>
    </message>
    <message>
        <source>This ticket is finished; it cannot move any more.</source>
        <translation>این پذیرش به پایان رسیده است و وضعیت آن دیگر تغییر نمی‌کند.</translation>
    </message>
    <message>
        <source>Estimate and approval</source>
        <translation>برآورد هزینه و تأیید مشتری</translation>
    </message>
    <message>
        <source>&amp;Estimate:</source>
        <translation>برآورد هزینه:</translation>
    </message>
    <message>
        <source>Answered &amp;by:</source>
        <translation>پاسخ‌دهنده:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>از چه راهی:</translation>
    </message>
    <message>
        <source>Who gave the answer</source>
        <translation>چه کسی پاسخ داد</translation>
    </message>
    <message>
        <source>Customer &amp;approved</source>
        <translation>مشتری تأیید کرد</translation>
    </message>
    <message>
        <source>Customer &amp;declined</source>
        <translation>مشتری رد کرد</translation>
    </message>
    <message>
        <source>Parts and labour</source>
        <translation>قطعه و دستمزد</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>قیمت واحد</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>پوشش</translation>
    </message>
    <message>
        <source>Add &amp;part…</source>
        <translation>افزودن قطعه…</translation>
    </message>
    <message>
        <source>Add &amp;labour…</source>
        <translation>افزودن دستمزد…</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>حذف ردیف</translation>
    </message>
    <message>
        <source>Correct li&amp;ne…</source>
        <translation>اصلاح ردیف…</translation>
    </message>
    <message>
        <source>&amp;Undo last move…</source>
        <translation>برگرداندن آخرین جابه‌جایی…</translation>
    </message>
    <message>
        <source>Correct details… (Ctrl+E)</source>
        <translation>اصلاح مشخصات… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Take pa&amp;yment…</source>
        <translation>دریافت پرداخت…</translation>
    </message>
    <message>
        <source>Reload (F5)</source>
        <translation>بارگذاری دوباره (F5)</translation>
    </message>
    <message>
        <source>Job card</source>
        <translation>کارت تعمیر</translation>
    </message>
    <message>
        <source>Delivery receipt</source>
        <translation>رسید تحویل</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>پیش‌نمایش چاپ…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>ذخیره به صورت PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Ticket {number}</source>
        <translation>پذیرش {number}</translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>بدون دستگاه</translation>
    </message>
    <message>
        <source>{date} ({channel})</source>
        <translation>{date} ({channel})</translation>
    </message>
    <message>
        <source>Coverage expired on {date}</source>
        <translation>پوشش در {date} به پایان رسیده است</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>تعیین نشده</translation>
    </message>
    <message>
        <source>The customer has not answered the estimate yet.</source>
        <translation>مشتری هنوز به برآورد هزینه پاسخ نداده است.</translation>
    </message>
    <message>
        <source>Approved by {by} on {date} ({via}).</source>
        <translation>{by} در {date} تأیید کرد ({via}).</translation>
    </message>
    <message>
        <source>Declined by {by} on {date} ({via}).</source>
        <translation>{by} در {date} رد کرد ({via}).</translation>
    </message>
    <message>
        <source>Cost: {amount}</source>
        <translation>هزینه: {amount}</translation>
    </message>
    <message>
        <source>Covered: {amount}</source>
        <translation>تحت پوشش: {amount}</translation>
    </message>
    <message>
        <source>Due: {amount}</source>
        <translation>قابل پرداخت: {amount}</translation>
    </message>
    <message>
        <source>Paid: {amount}</source>
        <translation>پرداخت‌شده: {amount}</translation>
    </message>
    <message>
        <source>Owed: {amount}</source>
        <translation>بدهی: {amount}</translation>
    </message>
    <message>
        <source>Cancel the ticket</source>
        <translation>لغو پذیرش</translation>
    </message>
    <message>
        <source>Why is the ticket cancelled?</source>
        <translation>چرا پذیرش لغو می‌شود؟</translation>
    </message>
    <message>
        <source>Reopen the ticket</source>
        <translation>بازگشایی پذیرش</translation>
    </message>
    <message>
        <source>What is wrong again? The ticket will count as a repeat repair.</source>
        <translation>دوباره چه ایرادی دارد؟ این پذیرش تعمیر مجدد حساب می‌شود.</translation>
    </message>
    <message>
        <source>The customer now pays {due}, more than the {estimate} they approved. Ask them to approve the new amount.</source>
        <translation>سهم مشتری اکنون {due} است، بیش از {estimate} که تأیید کرده بود. تأیید مبلغ تازه را از او بگیرید.</translation>
    </message>
    <message>
        <source>Has the customer approved it?</source>
        <translation>آیا مشتری آن را تأیید کرده است؟</translation>
    </message>
    <message>
        <source>Undo the move {source} → {target}? Why?</source>
        <translation>جابه‌جایی {source} ← {target} برگردانده شود؟ چرا؟</translation>
    </message>
    <message>
        <source>Undo last move</source>
        <translation>برگرداندن آخرین جابه‌جایی</translation>
    </message>
    <message>
        <source>Charge this line…</source>
        <translation>دریافت هزینهٔ این ردیف…</translation>
    </message>
    <message>
        <source>Cover this line…</source>
        <translation>پوشش این ردیف…</translation>
    </message>
    <message>
        <source>Cover “{line}” against its rule? Why?</source>
        <translation>«{line}» برخلاف قاعده تحت پوشش قرار گیرد؟ چرا؟</translation>
    </message>
    <message>
        <source>Charge “{line}” against its rule? Why?</source>
        <translation>هزینهٔ «{line}» برخلاف قاعده از مشتری گرفته شود؟ چرا؟</translation>
    </message>
    <message>
        <source>Coverage of a line</source>
        <translation>پوشش یک ردیف</translation>
    </message>
    <message>
        <source>Remove “{line}” from the ticket?</source>
        <translation>«{line}» از پذیرش حذف شود؟</translation>
    </message>
    <message>
        <source>What was said on the call?</source>
        <translation>در تماس چه گفته شد؟</translation>
    </message>
    <message>
        <source>What did the message say?</source>
        <translation>متن پیامک چه بود؟</translation>
    </message>
    <message>
        <source>What happened on the visit?</source>
        <translation>در بازدید چه گذشت؟</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>یادداشت:</translation>
    </message>
</context>
<context>
    <name>TicketEditDialog</name>
    <message>
        <source>Close without saving the corrections?</source>
        <translation>بدون ذخیرهٔ اصلاحات بسته شود؟</translation>
    </message>
    <message>
        <source>Correct ticket {number}</source>
        <translation>اصلاح پذیرش {number}</translation>
    </message>
    <message>
        <source>&amp;Fault:</source>
        <translation>عیب:</translation>
    </message>
    <message>
        <source>&amp;Accessories:</source>
        <translation>لوازم همراه:</translation>
    </message>
    <message>
        <source>C&amp;ondition:</source>
        <translation>وضعیت ظاهری:</translation>
    </message>
    <message>
        <source>&amp;Kind of job:</source>
        <translation>نوع کار:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>اولویت:</translation>
    </message>
    <message>
        <source>Came &amp;in by:</source>
        <translation>روش مراجعه:</translation>
    </message>
    <message>
        <source>Pro&amp;mised date:</source>
        <translation>موعد تحویل:</translation>
    </message>
    <message>
        <source>&amp;Technician:</source>
        <translation>تعمیرکار:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>دستگاه:</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>هنوز کسی نیست</translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>بدون دستگاه</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
</context>
<context>
    <name>TicketFilterBar</name>
    <message>
        <source>Status: {status}</source>
        <translation>وضعیت: {status}</translation>
    </message>
    <message>
        <source>Technician: {name}</source>
        <translation>تعمیرکار: {name}</translation>
    </message>
    <message>
        <source>Opened from {start} to {end}</source>
        <translation>پذیرش از {start} تا {end}</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>همه وضعیت‌ها</translation>
    </message>
    <message>
        <source>Open jobs</source>
        <translation>کارهای باز</translation>
    </message>
    <message>
        <source>All technicians</source>
        <translation>همه تکنسین‌ها</translation>
    </message>
    <message>
        <source>Opened from</source>
        <translation>پذیرش از</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>فقط دیرکرددار</translation>
    </message>
    <message>
        <source>My jobs</source>
        <translation>کارهای من</translation>
    </message>
    <message>
        <source>Only the jobs assigned to me</source>
        <translation>فقط کارهایی که به من سپرده شده</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>همهٔ انواع</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>همهٔ اولویت‌ها</translation>
    </message>
    <message>
        <source>All coverage</source>
        <translation>همهٔ پوشش‌ها</translation>
    </message>
    <message>
        <source>Under warranty</source>
        <translation>در گارانتی</translation>
    </message>
    <message>
        <source>Under contract</source>
        <translation>تحت قرارداد</translation>
    </message>
    <message>
        <source>Paid by the customer</source>
        <translation>به هزینهٔ مشتری</translation>
    </message>
</context>
<context>
    <name>TicketHistory</name>
    <message>
        <source>History</source>
        <translation>سابقه</translation>
    </message>
    <message>
        <source>Log it in the history of this ticket and its customer</source>
        <translation>ثبت در سابقه این پذیرش و مشتری آن</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>What</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ثبت‌کننده</translation>
    </message>
    <message>
        <source>method unknown</source>
        <translation>روش نامعلوم</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>پرداخت</translation>
    </message>
    <message>
        <source>{source} → {target}</source>
        <translation>{source} ← {target}</translation>
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
<context>
    <name>Today</name>
    <message>
        <source>Follow-up call</source>
        <translation>تماس پیگیری</translation>
    </message>
    <message>
        <source>Warranty ending</source>
        <translation>پایان گارانتی</translation>
    </message>
    <message>
        <source>Contract ending</source>
        <translation>پایان قرارداد</translation>
    </message>
    <message>
        <source>Periodic service due</source>
        <translation>موعد سرویس دوره‌ای</translation>
    </message>
    <message>
        <source>Past its promised date</source>
        <translation>گذشته از موعد تحویل</translation>
    </message>
    <message>
        <source>Contract job past its response time</source>
        <translation>کار قراردادی گذشته از زمان پاسخ</translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation>شکایت باز</translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <source>more than {count}</source>
        <translation>بیش از {count}</translation>
    </message>
    <message>
        <source>Everything ({count})</source>
        <translation>همه ({count})</translation>
    </message>
    <message>
        <source>{what} ({count})</source>
        <translation>{what} ({count})</translation>
    </message>
    <message>
        <source>Today&apos;s messages</source>
        <translation>پیامک‌های امروز</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) written to {path}.</source>
        <translation>
            <numerusform>%n پیامک در {path} نوشته شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out: the customer has no mobile.</source>
        <translation>
            <numerusform>%n ردیف کنار گذاشته شد: مشتری موبایل ندارد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export for SMS</source>
        <translation>خروجی برای پیامک</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>کاربرگ اکسل (*.xlsx)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>نمایش:</translation>
    </message>
    <message>
        <source>Log call (Ctrl+L)</source>
        <translation>ثبت تماس (Ctrl+L)</translation>
    </message>
    <message>
        <source>Open ticket (Ctrl+T)</source>
        <translation>باز کردن پذیرش (Ctrl+T)</translation>
    </message>
    <message>
        <source>Log call</source>
        <translation>ثبت تماس</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>باز کردن پذیرش</translation>
    </message>
    <message>
        <source>Export for SMS…</source>
        <translation>خروجی برای پیامک…</translation>
    </message>
    <message>
        <source>Save the rows shown as mobile, name and message, for an SMS tool.</source>
        <translation>ردیف‌های نمایش‌داده‌شده را با موبایل، نام و متن پیامک برای سامانه پیامک ذخیره می‌کند.</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>امروز کاری در انتظار نیست.</translation>
    </message>
    <message numerus="yes">
        <source>Each kind lists its %n longest waiting here; the counts are of them all, and Export for SMS writes them all.</source>
        <translation>
            <numerusform>از هر نوع، %n موردی که بیشتر منتظر مانده‌اند اینجا آمده‌اند؛ شمارش‌ها همه را می‌شمارند و «خروجی برای پیامک» همه را می‌نویسد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer to another owner</source>
        <translation>انتقال به مالک دیگر</translation>
    </message>
    <message>
        <source>no owner on record</source>
        <translation>بی‌مالک</translation>
    </message>
    <message>
        <source>Unit {serial} ({product}) now belongs to {owner}. Its tickets stay with the customer who brought them.</source>
        <translation>دستگاه {serial} ({product}) اکنون متعلق به {owner} است. پذیرش‌های آن نزد مشتری‌ای می‌ماند که دستگاه را آورده است.</translation>
    </message>
    <message>
        <source>Name, mobile or a serial they own…</source>
        <translation>نام، موبایل یا سریال یکی از دستگاه‌هایش…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>مالک جدید</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>For example: sold, a gift, registered to the wrong customer</source>
        <translation>مثلاً: فروخته شد، هدیه، به نام مشتری اشتباه ثبت شده بود</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>انتقال</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
</context>
<context>
    <name>UnitCorrections</name>
    <message>
        <source>Delete the unit {serial}? Only a unit registered by mistake, with no ticket or contract, can be deleted. The history keeps an entry of it.</source>
        <translation>دستگاه {serial} حذف شود؟ فقط دستگاهی که به اشتباه ثبت شده و پذیرش یا قراردادی ندارد حذف می‌شود. سابقه، این حذف را نگه می‌دارد.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>بایگانی</translation>
    </message>
    <message>
        <source>Archive the unit</source>
        <translation>بایگانی دستگاه</translation>
    </message>
    <message>
        <source>Restore the unit from archive</source>
        <translation>بازگرداندن دستگاه از بایگانی</translation>
    </message>
    <message>
        <source>Delete the unit…</source>
        <translation>حذف دستگاه…</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>No owner on record</source>
        <translation>مالکی ثبت نشده</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>مالک: {owner}</translation>
    </message>
    <message>
        <source>Coverage unknown: the purchase date is not on record (without it no warranty is recorded)</source>
        <translation>پوشش نامعلوم: تاریخ خرید ثبت نشده است (بدون آن گارانتی ثبت نمی‌شود)</translation>
    </message>
    <message>
        <source>Unit — {serial}</source>
        <translation>دستگاه — {serial}</translation>
    </message>
    <message>
        <source>Close without saving? Your changes to this unit will be lost.</source>
        <translation>بدون ذخیره بسته شود؟ تغییرهایتان در این دستگاه از دست می‌رود.</translation>
    </message>
    <message>
        <source>Tickets ({count})</source>
        <translation>پذیرش‌ها ({count})</translation>
    </message>
    <message>
        <source>History ({count})</source>
        <translation>سابقه ({count})</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>سریال</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>محصول</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>تاریخ خرید</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>فروشنده</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>شماره فاکتور</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>مشخصات</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Transfer to another owner…</source>
        <translation>انتقال به مالک دیگر…</translation>
    </message>
    <message>
        <source>Void the warranty…</source>
        <translation>ابطال گارانتی…</translation>
    </message>
    <message>
        <source>Extend the warranty…</source>
        <translation>تمدید گارانتی…</translation>
    </message>
    <message>
        <source>Sell extended warranty…</source>
        <translation>فروش گارانتی تمدیدی…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>UnitRegistration</name>
    <message>
        <source>Register the unit</source>
        <translation>ثبت دستگاه</translation>
    </message>
    <message>
        <source>unknown: type the months</source>
        <translation>نامعلوم: ماه‌ها را وارد کنید</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>کالا:</translation>
    </message>
    <message>
        <source>Brand:</source>
        <translation>برند:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>مدل:</translation>
    </message>
    <message>
        <source>Purchase date:</source>
        <translation>تاریخ خرید:</translation>
    </message>
    <message>
        <source>Seller:</source>
        <translation>فروشنده:</translation>
    </message>
    <message>
        <source>Invoice no.:</source>
        <translation>شماره فاکتور:</translation>
    </message>
    <message>
        <source>Warranty months:</source>
        <translation>مدت گارانتی (ماه):</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Close without recording the visit?</source>
        <translation>بستن بدون ثبت بازدید؟</translation>
    </message>
    <message>
        <source>Record a visit</source>
        <translation>ثبت بازدید</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>روز:</translation>
    </message>
    <message>
        <source>Technician:</source>
        <translation>تکنسین:</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>کار انجام‌شده:</translation>
    </message>
    <message>
        <source>Nobody named</source>
        <translation>نامشخص</translation>
    </message>
</context>
<context>
    <name>VisitsPanel</name>
    <message>
        <source>No visit yet: the contract is not saved.</source>
        <translation>هنوز بازدیدی نیست: قرارداد ذخیره نشده است.</translation>
    </message>
    <message>
        <source>Visits used: {used} (no limit)</source>
        <translation>بازدیدهای انجام‌شده: {used} (بدون محدودیت)</translation>
    </message>
    <message>
        <source>Visits used: {used} of {included}; left: {left}</source>
        <translation>بازدیدهای انجام‌شده: {used} از {included}؛ مانده: {left}</translation>
    </message>
    <message>
        <source>used up: new jobs are paid by the customer</source>
        <translation>تمام شده: هزینه‌ی کارهای تازه با مشتری است</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) used before Khedmat recorded visits.</source>
        <translation>
            <numerusform>%n بازدید پیش از ثبت بازدیدها در خدمت انجام شده است.</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>بازدیدها</translation>
    </message>
    <message>
        <source>Record a visit…</source>
        <translation>ثبت بازدید…</translation>
    </message>
    <message>
        <source>An on-site visit the contract paid for, made without a ticket.</source>
        <translation>بازدید در محل به حساب قرارداد، بدون پذیرش.</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Close without voiding the warranty?</source>
        <translation>بدون ابطال گارانتی بسته شود؟</translation>
    </message>
    <message>
        <source>Void the warranty</source>
        <translation>ابطال گارانتی</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>علت:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>توضیح:</translation>
    </message>
    <message>
        <source>Void since:</source>
        <translation>باطل از:</translation>
    </message>
</context>
<context>
    <name>WarrantyActions</name>
    <message>
        <source>This warranty is void already.</source>
        <translation>این گارانتی پیش‌تر باطل شده است.</translation>
    </message>
    <message>
        <source>Void the warranty…</source>
        <translation>ابطال گارانتی…</translation>
    </message>
    <message>
        <source>Extend the warranty…</source>
        <translation>تمدید گارانتی…</translation>
    </message>
</context>
<context>
    <name>WarrantyDialogs</name>
    <message>
        <source>Tampered with (seal broken)</source>
        <translation>دستکاری (پلمب شکسته)</translation>
    </message>
    <message>
        <source>Physical damage</source>
        <translation>آسیب فیزیکی</translation>
    </message>
    <message>
        <source>Repaired elsewhere without authorisation</source>
        <translation>تعمیر در جای غیرمجاز</translation>
    </message>
    <message>
        <source>Periodic service missed</source>
        <translation>سرویس دوره‌ای انجام نشده</translation>
    </message>
</context>
<context>
    <name>WorkshopPanel</name>
    <message>
        <source>The monthly report counts workshop time in these hours of the working days only: not on the weekend, not on the holidays listed here, and not while a job waits for the customer&apos;s approval or for parts.</source>
        <translation>گزارش ماهانه زمان کارگاه را فقط در این ساعت‌های روزهای کاری می‌شمارد: نه در تعطیلی آخر هفته، نه در تعطیلات این فهرست، و نه وقتی پذیرش منتظر تأیید مشتری یا قطعه است.</translation>
    </message>
    <message>
        <source>Opens at</source>
        <translation>ساعت شروع کار</translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation>ساعت پایان کار</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>تعطیلات</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Type or pick a day, then Add. Days the workshop is closed besides the weekend: Nowruz, Eid, national holidays.</source>
        <translation>روزی را بنویسید یا انتخاب کنید، سپس «افزودن». روزهایی که کارگاه جز آخر هفته تعطیل است: نوروز، عیدها، تعطیلات رسمی.</translation>
    </message>
</context>
</TS>
