<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar_EG">
<context>
    <name>Cli</name>
    <message>
        <source>Khedmat hit an internal error; the details are in {log}.</source>
        <translation>واجه برنامج خدمة خطأً داخليًا؛ التفاصيل في {log}.</translation>
    </message>
    <message>
        <source>The database is up to date.</source>
        <translation>قاعدة البيانات محدّثة.</translation>
    </message>
    <message>
        <source>A backup of the old database is at {path}.</source>
        <translation>النسخة الاحتياطية من قاعدة البيانات السابقة في {path}.</translation>
    </message>
    <message>
        <source>{count} rows written to {path}.</source>
        <translation>كُتب {count} صفًا في {path}.</translation>
    </message>
    <message>
        <source>Demo data added: {customers} customers, {assets} units, {tickets} tickets.</source>
        <translation>أُضيفت بيانات تجريبية: {customers} عميل، {assets} جهاز، {tickets} طلب صيانة.</translation>
    </message>
    <message>
        <source>no owner recorded</source>
        <translation>لا يوجد مالك مسجّل</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>الرقم التسلسلي</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>العطل</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>موعد التسليم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>مميز</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Void since</source>
        <translation>ملغى منذ</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Visits used</source>
        <translation>الزيارات المستخدمة</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>Warranty</source>
        <translation>الضمان</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>عقد صيانة</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهٍ</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Under warranty until {date}</source>
        <translation>ضمن الضمان حتى {date}</translation>
    </message>
    <message>
        <source>Under contract {number} until {date}</source>
        <translation>مشمول بعقد الصيانة {number} حتى {date}</translation>
    </message>
    <message>
        <source>Under contract {number} until {date} (visits left: {visits})</source>
        <translation>مشمول بعقد الصيانة {number} حتى {date} (الزيارات المتبقية: {visits})</translation>
    </message>
    <message>
        <source>Contract expired on {date}</source>
        <translation>انتهى عقد الصيانة في {date}</translation>
    </message>
    <message>
        <source>Warranty expired on {date}</source>
        <translation>انتهى الضمان في {date}</translation>
    </message>
    <message>
        <source>Warranty void: {reason}</source>
        <translation>الضمان ملغى: {reason}</translation>
    </message>
    <message>
        <source>No warranty or contract</source>
        <translation>لا ضمان ولا عقد صيانة</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>A ticket cannot move from “{source}” to “{target}”.</source>
        <translation>لا يمكن نقل طلب الصيانة من «{source}» إلى «{target}».</translation>
    </message>
    <message>
        <source>Someone else saved this record after you opened it. Reload it to see their changes, then try again.</source>
        <translation>حفظ مستخدم آخر هذا السجل بعد أن فتحته. أعد تحميله لترى تغييراته ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>{date} is outside the Hijri years this program knows (1343 to 1500)</source>
        <translation>{date} خارج السنوات الهجرية التي يدعمها البرنامج (١٣٤٣ إلى ١٥٠٠)</translation>
    </message>
    <message>
        <source>{date} is outside the range of dates</source>
        <translation>{date} خارج نطاق التواريخ</translation>
    </message>
    <message>
        <source>{date}: month {month} does not exist</source>
        <translation>{date}: الشهر {month} غير موجود</translation>
    </message>
    <message>
        <source>{date}: day {day} does not exist in month {month} of {year}</source>
        <translation>{date}: اليوم {day} غير موجود في الشهر {month} من سنة {year}</translation>
    </message>
    <message>
        <source>The date is empty</source>
        <translation>التاريخ فارغ</translation>
    </message>
    <message>
        <source>{date} is not a date; write it as {pattern}</source>
        <translation>{date} ليس تاريخًا؛ اكتبه بالشكل {pattern}</translation>
    </message>
    <message>
        <source>{value} is not an amount of money</source>
        <translation>{value} ليس مبلغًا صحيحًا</translation>
    </message>
    <message>
        <source>{value} is negative; an amount cannot be below zero</source>
        <translation>{value} سالب؛ لا يمكن أن يقل المبلغ عن الصفر</translation>
    </message>
    <message>
        <source>{value} can be read two ways: write it without the dot, or with the decimals meant</source>
        <translation>يمكن قراءة {value} بطريقتين: اكتبه بدون النقطة أو بالكسور المقصودة</translation>
    </message>
    <message>
        <source>The amount is empty</source>
        <translation>المبلغ فارغ</translation>
    </message>
    <message>
        <source>{value} has more decimals than {currency} allows</source>
        <translation>{value} فيه منازل عشرية أكثر مما تسمح به {currency}</translation>
    </message>
    <message>
        <source>{value} is not a phone number</source>
        <translation>{value} ليس رقم هاتف</translation>
    </message>
    <message>
        <source>The phone number is empty</source>
        <translation>رقم الهاتف فارغ</translation>
    </message>
    <message>
        <source>{value} is not a valid mobile number</source>
        <translation>{value} ليس رقم جوال صحيحًا</translation>
    </message>
    <message>
        <source>{value} is not a valid phone number</source>
        <translation>{value} ليس رقم هاتف صحيحًا</translation>
    </message>
    <message>
        <source>That record no longer exists.</source>
        <translation>هذا السجل لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>The contract ends before it starts.</source>
        <translation>ينتهي العقد قبل أن يبدأ.</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>لا يمكن أن يكون المبلغ سالبًا.</translation>
    </message>
    <message>
        <source>Visits cannot be negative.</source>
        <translation>لا يمكن أن يكون عدد الزيارات سالبًا.</translation>
    </message>
    <message>
        <source>Choose at least one unit for the contract.</source>
        <translation>اختر جهازًا واحدًا على الأقل للعقد.</translation>
    </message>
    <message>
        <source>The customer's name is required.</source>
        <translation>اسم العميل مطلوب.</translation>
    </message>
    <message>
        <source>The mobile {mobile} already belongs to {name}.</source>
        <translation>رقم الجوال {mobile} مسجّل مسبقًا باسم {name}.</translation>
    </message>
    <message>
        <source>Ask for at least one customer.</source>
        <translation>اطلب عميلًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>This database already holds records; demo data goes only into an empty database.</source>
        <translation>تحتوي قاعدة البيانات هذه على سجلات؛ لا تُضاف البيانات التجريبية إلا إلى قاعدة بيانات فارغة.</translation>
    </message>
    <message>
        <source>Only a manager may do this.</source>
        <translation>هذا الإجراء للمدير فقط.</translation>
    </message>
    <message>
        <source>Unknown export “{entity}”; choose one of: {choices}.</source>
        <translation>التصدير «{entity}» غير معروف؛ اختر واحدًا من: {choices}.</translation>
    </message>
    <message>
        <source>Export to .xlsx or .csv; “{name}” is neither.</source>
        <translation>صدّر إلى ‎.xlsx‎ أو ‎.csv‎؛ «{name}» ليس أيًّا منهما.</translation>
    </message>
    <message>
        <source>Cannot write to {path}: {reason}</source>
        <translation>لا يمكن الكتابة في {path}: {reason}</translation>
    </message>
    <message>
        <source>Satisfaction is a score from 1 to 5.</source>
        <translation>الرضا درجة من ١ إلى ٥.</translation>
    </message>
    <message>
        <source>Recommendation is a score from 0 to 10.</source>
        <translation>التوصية درجة من ٠ إلى ١٠.</translation>
    </message>
    <message>
        <source>The promised date is in the past.</source>
        <translation>موعد التسليم في الماضي.</translation>
    </message>
    <message>
        <source>The estimate cannot be negative.</source>
        <translation>لا يمكن أن تكون التكلفة التقديرية سالبة.</translation>
    </message>
    <message>
        <source>There is no ticket number {number}.</source>
        <translation>لا يوجد طلب صيانة بالرقم {number}.</translation>
    </message>
    <message>
        <source>Say why the ticket is cancelled.</source>
        <translation>اذكر سبب إلغاء طلب الصيانة.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>يجب أن تكون الكمية أكبر من صفر.</translation>
    </message>
    <message>
        <source>Choose a part.</source>
        <translation>اختر قطعة غيار.</translation>
    </message>
    <message>
        <source>Only {stock} of {part} are in stock.</source>
        <translation>المتوفر من {part} في المخزون {stock} فقط.</translation>
    </message>
    <message>
        <source>Enter the price of the labour.</source>
        <translation>أدخل أجرة العمل.</translation>
    </message>
    <message>
        <source>Enter the estimate first.</source>
        <translation>أدخل التكلفة التقديرية أولًا.</translation>
    </message>
    <message>
        <source>Ticket {number} is finished; reopen it to change it.</source>
        <translation>طلب الصيانة {number} منتهٍ؛ أعد فتحه لتعديله.</translation>
    </message>
    <message>
        <source>The product's model is required.</source>
        <translation>موديل المنتج مطلوب.</translation>
    </message>
    <message>
        <source>The serial number is required.</source>
        <translation>الرقم التسلسلي مطلوب.</translation>
    </message>
    <message>
        <source>The purchase date is in the future.</source>
        <translation>تاريخ الشراء في المستقبل.</translation>
    </message>
    <message>
        <source>A unit with serial {serial} is already registered.</source>
        <translation>يوجد جهاز مسجّل بالرقم التسلسلي {serial}.</translation>
    </message>
    <message>
        <source>A warranty cannot be negative.</source>
        <translation>لا يمكن أن تكون مدة الضمان سالبة.</translation>
    </message>
    <message>
        <source>No unit with serial {serial} is registered.</source>
        <translation>لا يوجد جهاز مسجّل بالرقم التسلسلي {serial}.</translation>
    </message>
    <message>
        <source>Say why the warranty is void.</source>
        <translation>اذكر سبب إلغاء الضمان.</translation>
    </message>
    <message>
        <source>An extension must be at least one month.</source>
        <translation>يجب أن يكون التمديد شهرًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>The backup to {target} failed: {reason}</source>
        <translation>فشل النسخ الاحتياطي إلى {target}: {reason}</translation>
    </message>
    <message>
        <source>{where} is not a Khedmat database or it is damaged. Restore it from a backup.</source>
        <translation>{where} ليس قاعدة بيانات لبرنامج خدمة أو أنه تالف. استعده من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>The database is busy with another user's work ({where}). Please try again in a moment.</source>
        <translation>قاعدة البيانات مشغولة بعمل مستخدم آخر ({where}). يرجى المحاولة بعد لحظات.</translation>
    </message>
    <message>
        <source>The database {where} cannot be opened or written: {reason}</source>
        <translation>لا يمكن فتح قاعدة البيانات {where} أو الكتابة فيها: {reason}</translation>
    </message>
    <message>
        <source>{where} was made by a newer version of Khedmat. Install the newer version to open it.</source>
        <translation>أُنشئ {where} بإصدار أحدث من برنامج خدمة. ثبّت الإصدار الأحدث لفتحه.</translation>
    </message>
    <message>
        <source>The database {where} needs an upgrade. Ask the administrator to run “khedmat db upgrade”.</source>
        <translation>قاعدة البيانات {where} تحتاج إلى ترقية. اطلب من مسؤول النظام تشغيل «khedmat db upgrade».</translation>
    </message>
    <message>
        <source>The part code is required.</source>
        <translation>رمز القطعة مطلوب.</translation>
    </message>
    <message>
        <source>The part name is required.</source>
        <translation>اسم القطعة مطلوب.</translation>
    </message>
    <message>
        <source>Stock cannot be negative.</source>
        <translation>لا يمكن أن يكون المخزون سالبًا.</translation>
    </message>
    <message>
        <source>Part code {code} is already used by {name}.</source>
        <translation>رمز القطعة {code} مستخدم مسبقًا للقطعة {name}.</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Clerk</source>
        <translation>موظف استقبال</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>فني</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>مدير</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مسؤول النظام</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>هاتف</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>حضوري</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>إصلاح</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>تركيب</translation>
    </message>
    <message>
        <source>Periodic service</source>
        <translation>صيانة دورية</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شكوى</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>استفسار</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>عاجلة</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>تغيير الحالة</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>زيارة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Estimate approval</source>
        <translation>موافقة على التكلفة التقديرية</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>قطعة غيار</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>أجرة العمل</translation>
    </message>
    <message>
        <source>Standard warranty</source>
        <translation>ضمان أساسي</translation>
    </message>
    <message>
        <source>Extended warranty</source>
        <translation>ضمان ممدد</translation>
    </message>
    <message>
        <source>Repair warranty</source>
        <translation>ضمان الإصلاح</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>موافق عليه</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>After-delivery call</source>
        <translation>متابعة بعد التسليم</translation>
    </message>
    <message>
        <source>Periodic service reminder</source>
        <translation>تذكير بالصيانة الدورية</translation>
    </message>
    <message>
        <source>Contract renewal</source>
        <translation>تجديد العقد</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>تم التواصل</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>لم يرد</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>رقم خاطئ</translation>
    </message>
    <message>
        <source>Call back later</source>
        <translation>معاودة الاتصال لاحقًا</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>Filter by number, name, mobile or serial…</source>
        <translation>ابحث بالرقم أو الاسم أو الجوال أو الرقم التسلسلي…</translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>لا توجد نتائج مطابقة.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{count} rows</source>
        <translation>{count} صف</translation>
    </message>
    <message>
        <source>Khedmat — service desk</source>
        <translation>خدمة — مكتب خدمة ما بعد البيع</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>طلبات الصيانة</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>Warranties</source>
        <translation>الضمانات</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>عقود الصيانة</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
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
        <translation>مستلم</translation>
    </message>
    <message>
        <source>Diagnosing</source>
        <translation>قيد الفحص</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>بانتظار موافقة العميل</translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation>بانتظار قطع الغيار</translation>
    </message>
    <message>
        <source>In repair</source>
        <translation>قيد الإصلاح</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>جاهز للتسليم</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>تم التسليم</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Reopened (rework)</source>
        <translation>أعيد فتحه (إعادة إصلاح)</translation>
    </message>
</context>
</TS>